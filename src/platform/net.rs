//! The network and the clock (the outbox's delivery loop; the catalogue's typing rhythm).

use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use web_sys::AbortController;

/// The browser's own guess; `false` means certainly offline, `true` only "maybe".
pub fn is_online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's date on this device's clock and time zone, `YYYY-MM-DD`: the day of a fair as the stand
/// lives it.
pub fn local_day() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

pub fn random_unit() -> f64 {
    js_sys::Math::random()
}

/// 16 bytes from the browser's cryptographic generator, for inquiry ids that never collide across
/// devices. Falls back to `Math.random` where `crypto` is missing (very old browsers).
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// POSTs a JSON body with an idempotency key. Returns the HTTP status, or none with the reason when no
/// answer came (offline, refused, timed out, connection closed), and the first part of the answer's body.
pub async fn post_json(
    url: &str,
    key: &str,
    body: String,
    timeout_ms: u64,
) -> (Option<u16>, String) {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let _timer = controller
        .clone()
        .map(|c| Timeout::new(timeout_ms.min(u32::MAX as u64) as u32, move || c.abort()));
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", key)
        .abort_signal(signal.as_ref())
        .body(body);
    let request = match request {
        Ok(r) => r,
        Err(e) => return (None, e.to_string()),
    };
    match request.send().await {
        Ok(response) => {
            let status = response.status();
            let text = response.text().await.unwrap_or_default();
            (Some(status), text.chars().take(200).collect())
        }
        Err(e) => {
            let aborted = signal.as_ref().is_some_and(|s| s.aborted());
            (
                None,
                if aborted {
                    "timeout".into()
                } else {
                    e.to_string()
                },
            )
        }
    }
}
