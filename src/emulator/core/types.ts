export interface EmulatorRequest {
  method: string;
  /** Pathname relative to the server root, e.g. '/demo/me'. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Raw body text, '' when there is none. */
  body: string;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or '' (e.g. 200 on revoke). */
  body: string;
}
