/** The portal's one stylesheet, served from /assets so the CSP can forbid inline styles. */
export const QUORUM_CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 0; color: #0b0c0c; line-height: 1.5; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: #ffdd00; color: #0b0c0c; padding: .5rem; }
.site-header { background: #0b0c0c; padding: .75rem 1rem; }
.site-name { color: #fff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
main { max-width: 960px; margin: 0 auto; padding: 1rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: .5rem 0; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
@media (max-width: 640px) { table, thead, tbody, tr, th, td { display: block; } thead { position: absolute; left: -9999px; } td { border: 0; padding: .1rem .5rem; } tr { border-bottom: 1px solid #b1b4b6; padding: .5rem 0; } }
`;
