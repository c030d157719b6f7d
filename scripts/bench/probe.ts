// Runs inside the wizard page (as source text: tsx's helpers do not exist there). Times each
// keystroke from the browser receiving the key (Event.timeStamp, so a busy main thread counts)
// to the preview's code showing the field's new value (a MutationObserver, performance.now()).
// Results collect in window.__bench.results, in milliseconds.
export const PROBE_SCRIPT = `(() => {
  const region = document.querySelector('section[aria-label="Preview"]');
  if (!region) throw new Error("The page has no preview region");
  const state = { t0: 0, expected: null, results: [] };
  const escape = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, "\\\\$&");
  const edge = "[^A-Za-z0-9.-]";
  function check() {
    if (state.expected === null) return;
    const code = region.querySelector("[role=tabpanel] pre code");
    const text = code ? code.textContent : "";
    if (new RegExp("(^|" + edge + ")" + escape(state.expected) + "($|" + edge + ")", "m").test(text)) {
      state.results.push(performance.now() - state.t0);
      state.expected = null;
    }
  }
  window.addEventListener("keydown", (e) => { state.t0 = e.timeStamp; }, true);
  document.addEventListener("input", (e) => { state.expected = e.target.value; check(); }, true);
  new MutationObserver(check).observe(region, { subtree: true, childList: true, characterData: true });
  window.__bench = state;
})()`;
