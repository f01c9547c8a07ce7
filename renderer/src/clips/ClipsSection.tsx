/** The Clips section (placeholder until its feature lands). */
export function ClipsSection() {
  return <div className="ClipsSection" />;
}
