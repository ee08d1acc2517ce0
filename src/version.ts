/** Recorded with every engine result so a run can be reproduced. Keep in step with package.json. */
export const VERSION = '0.1.0';
