// Browser mode: the built renderer (out/renderer) and the contract of src-main/shared/contract.ts over HTTP,
// bound to 127.0.0.1 only, guarded by a random token made at each launch. Never imports electron.
//
// ── How the renderer's HTTP client calls it ──────────────────────────────────────────────────────────────
// Address: `nianbao serve` prints  http://127.0.0.1:PORT/?token=TOKEN  — the page is opened with the token in
//   its query. Read it once from location.search (keep it in sessionStorage if you rewrite the URL). Serving
//   index.html with a valid ?token also sets a cookie `nianbao_token` (HttpOnly, SameSite=Strict, Path=/api),
//   so same-origin fetch/EventSource/downloads work even without the header; sending the header is still
//   the documented way.
// Token: send header  `X-Nianbao-Token: TOKEN`  on every /api request (or `?token=TOKEN`, or the cookie).
//   Without a valid token every /api/* answers 401 { ok:false, error:{ code:'unauthorized', … } }.
//   A Host header other than 127.0.0.1:PORT / localhost:PORT is refused with 403 (DNS-rebinding guard).
// Calls: `POST /api/<channel>`, e.g. POST /api/reports.list, `Content-Type: application/json`, body = the
//   channel's input as JSON (an empty body means {}). The answer is always JSON ApiResult:
//     200 { ok:true, data: Output<channel> }
//     4xx/5xx { ok:false, error:{ code, message (Chinese), details? } } with the status of HTTP_STATUS[code]
//     (invalid-input 400, unauthorized 401, not-found 404, needs-force / conflict 409, unsupported 501,
//     internal 500). dialog.* channels answer 501 'unsupported' in browser mode.
// Upload (import.upload): `POST /api/import.upload` with either
//     - multipart/form-data: a FormData with one or more parts named `file` (File objects; names kept), or
//     - raw bytes of ONE file: `Content-Type: application/octet-stream` + header
//       `X-File-Name: encodeURIComponent(file.name)`.
//   Answer: { ok:true, data:{ jobId } }; progress then arrives as import.progress events. Limit 256 MB a request (send big batches as several requests).
// Events: `GET /api/events?token=TOKEN` — Server-Sent Events; each event has `event: <EventName>`
//   (import.progress, export.progress) and `data: <JSON payload>` (EventPayload<name>). A comment line is
//   sent every 15 s as a keep-alive. Use `new EventSource('/api/events?token=' + encodeURIComponent(token))`.
// Export: POST /api/export.run → data.downloadUrl = `/api/download/<id>?token=TOKEN`; GET it (e.g. set
//   location.href or an <a download>) to receive the .xlsx (Content-Disposition: attachment).
// Static files: GET / and /assets/* come from out/renderer with a strict Content-Security-Policy
//   (default-src 'self'; connect-src 'self'; no inline scripts, no eval, no framing). Unknown non-/api
//   paths fall back to index.html (client-side routing).
export { startServer, type ServerHandle, type ServerOptions } from './server.js';
