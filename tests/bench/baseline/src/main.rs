//! The baseline for the benchmark: one button that counts its clicks, and nothing else.

use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let clicks = use_state(|| 0_u32);
    let on_click = {
        let clicks = clicks.clone();
        Callback::from(move |_: MouseEvent| clicks.set(*clicks + 1))
    };
    html! {
        <main>
            <button type="button" data-action="count" onclick={on_click}>{ format!("Clicked {} times", *clicks) }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
