// The JSON API, from the same origin.

export class ApiError extends Error {}

async function parse(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.error || `HTTP ${response.status}`);
  return body;
}

/** GET /api/<path>?<params>, leaving out empty parameters. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const qs = query.toString();
  return parse(await fetch(`/api/${path}${qs ? `?${qs}` : ''}`));
}

/** POST /api/<path> with a JSON body. */
export async function post(path, body) {
  return parse(await fetch(`/api/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }));
}
