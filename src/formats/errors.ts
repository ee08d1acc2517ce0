import { UserError } from '../model/errors.js';
/** A file in another tool's format that we cannot read, with where and how to fix it. */
export class FormatError extends UserError {
  constructor(
    readonly format: string,
    readonly file: string,
    readonly where: string,
    readonly problem: string,
    readonly hint?: string,
  ) {
    super(`${file}: ${where ? `${where}: ` : ''}${problem}${hint ? `\n    ${hint}` : ''}`);
    this.name = 'FormatError';
  }
}
