// Public library API of Entente. Engines and the model are pure and run in Node and the browser.
export const VERSION = '0.1.0';
