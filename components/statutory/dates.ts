// When the statutory pages were last written and checked: the accessibility statement must say when it was
// prepared, reviewed and when the site was last tested. Update these when the pages or the tests change.

export const ACCESSIBILITY_STATEMENT_PREPARED = "2026-12-05";
export const ACCESSIBILITY_STATEMENT_REVIEWED = "2026-12-05";
export const ACCESSIBILITY_LAST_TESTED = "2026-12-05";
export const PRIVACY_NOTICE_UPDATED = "2026-12-05";
