/** The Actors section (placeholder until its feature lands). */
export function ActorsSection() {
  return <div className="ActorsSection" />;
}
