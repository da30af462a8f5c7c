/**
 * The attribute that marks the layout's `<head>` script (the theme and the early taps), which a
 * step after the build moves before the stylesheets (scripts/head-order.ts).
 */
export const HEAD_SCRIPT_ATTRIBUTE = 'data-head-script';
