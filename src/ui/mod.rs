//! The widget's user interface (browser only).
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! { <main class="widget" data-step="start"><h1>{ "Sciatica self-check" }</h1><button data-action="start">{ "Start" }</button></main> }
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}
