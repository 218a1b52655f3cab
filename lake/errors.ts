/** An error the lake answers with, shaped as Sanity's API shapes them: `{ error: { type, description } }`. */
export class LakeError extends Error {
  override name = 'LakeError'
  readonly status: number
  readonly type: string

  constructor(status: number, type: string, description: string) {
    super(description)
    this.status = status
    this.type = type
  }

  toJSON() {
    return { error: { type: this.type, description: this.message }, statusCode: this.status, message: this.message }
  }
}
