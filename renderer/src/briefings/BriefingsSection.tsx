/** The Briefings section (placeholder until its feature lands). */
export function BriefingsSection() {
  return <div className="BriefingsSection" />;
}
