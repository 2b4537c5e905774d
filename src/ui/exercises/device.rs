//! The few browser features the exercises use, each reached through `js_sys::Reflect` so a
//! browser without it simply goes without (and no web-sys feature adds to the download):
//! Screen Wake Lock, a WebAudio tone, notifications. None runs before the reader acts.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn call(target: &JsValue, name: &str, arguments: &[JsValue]) -> Option<JsValue> {
    let function = get(target, name)?.dyn_into::<Function>().ok()?;
    let arguments: js_sys::Array = arguments.iter().collect();
    function.apply(target, &arguments).ok()
}

/// Milliseconds from the page's clock (faked by tests), the one time source of the timers.
pub fn now_ms() -> u64 {
    let now = js_sys::Date::now();
    if now.is_finite() && now > 0.0 {
        now as u64
    } else {
        0
    }
}

/// A held screen wake lock; released when dropped or on `release`.
#[derive(Default)]
pub struct WakeLock {
    sentinel: std::rc::Rc<std::cell::RefCell<Option<JsValue>>>,
}

impl WakeLock {
    /// Asks to keep the screen on, where the browser offers it; failure is silent (the timer
    /// works without it).
    pub fn acquire(&self) {
        if self.sentinel.borrow().is_some() {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(wake_lock) = get(&window.navigator(), "wakeLock") else {
            return;
        };
        let Some(promise) = call(&wake_lock, "request", &[JsValue::from_str("screen")]) else {
            return;
        };
        let slot = self.sentinel.clone();
        let keep = Closure::once_into_js(move |sentinel: JsValue| {
            *slot.borrow_mut() = Some(sentinel);
        });
        let ignore = Closure::once_into_js(|_: JsValue| {});
        call(&promise, "then", &[keep, ignore]);
    }

    pub fn release(&self) {
        if let Some(sentinel) = self.sentinel.borrow_mut().take() {
            if let Some(promise) = call(&sentinel, "release", &[]) {
                let ignore = Closure::once_into_js(|_: JsValue| {});
                call(&promise, "catch", &[ignore]);
            }
        }
    }
}

impl Drop for WakeLock {
    fn drop(&mut self) {
        self.release();
    }
}

/// A short, quiet beep made in the browser (no audio file), only when the reader turned
/// sound on.
pub fn play_tone() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let constructor = get(&window, "AudioContext").or_else(|| get(&window, "webkitAudioContext"));
    let Some(constructor) = constructor.and_then(|c| c.dyn_into::<Function>().ok()) else {
        return;
    };
    let Ok(context) = Reflect::construct(&constructor, &js_sys::Array::new()) else {
        return;
    };
    let (Some(oscillator), Some(gain)) = (
        call(&context, "createOscillator", &[]),
        call(&context, "createGain", &[]),
    ) else {
        return;
    };
    let now = get(&context, "currentTime")
        .and_then(|t| t.as_f64())
        .unwrap_or(0.0);
    if let Some(frequency) = get(&oscillator, "frequency") {
        let _ = Reflect::set(
            &frequency,
            &JsValue::from_str("value"),
            &JsValue::from_f64(660.0),
        );
    }
    if let Some(volume) = get(&gain, "gain") {
        let _ = Reflect::set(
            &volume,
            &JsValue::from_str("value"),
            &JsValue::from_f64(0.15),
        );
    }
    let Some(destination) = get(&context, "destination") else {
        return;
    };
    call(&oscillator, "connect", std::slice::from_ref(&gain));
    call(&gain, "connect", &[destination]);
    call(&oscillator, "start", &[JsValue::from_f64(now)]);
    call(&oscillator, "stop", &[JsValue::from_f64(now + 0.2)]);
    // Close the context after the tone so contexts do not pile up.
    let closer = context.clone();
    let close = Closure::once_into_js(move || {
        call(&closer, "close", &[]);
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(close.unchecked_ref(), 400);
}

/// The page's notification permission: "granted", "denied", "default", or None without
/// notifications at all.
pub fn notification_permission() -> Option<String> {
    let window = web_sys::window()?;
    let notification = get(&window, "Notification")?;
    get(&notification, "permission")?.as_string()
}

/// Asks for permission to notify (call only from the reader's click); `done` gets whether
/// it was granted.
pub fn request_notification_permission(done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let Some(notification) = get(&window, "Notification") else {
        return done(false);
    };
    let Some(promise) =
        call(&notification, "requestPermission", &[]).filter(|p| p.is_instance_of::<Promise>())
    else {
        return done(false);
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let on_answer = {
        let done = done.clone();
        Closure::once_into_js(move |answer: JsValue| {
            if let Some(done) = done.borrow_mut().take() {
                done(answer.as_string().as_deref() == Some("granted"));
            }
        })
    };
    let on_error = Closure::once_into_js(move |_: JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(false);
        }
    });
    call(&promise, "then", &[on_answer, on_error]);
}

/// Shows a system notification if the reader allowed them; otherwise nothing.
pub fn notify(title: &str, body: &str) {
    if notification_permission().as_deref() != Some("granted") {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(constructor) =
        get(&window, "Notification").and_then(|c| c.dyn_into::<Function>().ok())
    else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = Reflect::set(
        &options,
        &JsValue::from_str("body"),
        &JsValue::from_str(body),
    );
    let _ = Reflect::construct(
        &constructor,
        &js_sys::Array::of2(&JsValue::from_str(title), &options),
    );
}
