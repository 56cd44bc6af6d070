import type { ReactNode } from 'react';
import './wide.css';

/** The frame of the indicators and data-quality views: a labelled section with its heading and a line on what it shows. */
export function WidePanel({ name, heading, intro, children }: { name: string; heading: string; intro: string; children: ReactNode }) {
  return (
    <section className={`${name} wide-panel`} aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`} className="panel-heading">
        {heading}
      </h2>
      <p className="muted small">{intro}</p>
      {children}
    </section>
  );
}
