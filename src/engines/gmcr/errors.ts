import { UserError } from '../../model/errors.js';
/** A conflict the engine cannot analyse, with what to fix. */
export class GmcrError extends UserError {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(hint ? `${message} (${hint})` : message);
    this.name = 'GmcrError';
  }
}
