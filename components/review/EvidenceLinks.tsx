/** Evidence links as a list; they are editors' input, so they open without the app's referrer. */
export function EvidenceLinks({ links }: { links: string[] }) {
  return (
    <ul className="list-disc pl-5">
      {links.map((link) => (
        <li key={link}>
          <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-accent underline-offset-2 hover:underline">
            {link}
          </a>
        </li>
      ))}
    </ul>
  );
}
