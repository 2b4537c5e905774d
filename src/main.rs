//! The widget's entry point in the browser. Natively this binary only explains itself:
//! the native entry point for reviewers is the `assess` command.

#[cfg(target_arch = "wasm32")]
fn main() {
    sciatica_check::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("sciatica-check is a web widget: build it with trunk (see README). For the rules, try `cargo run --bin assess -- --help`.");
    std::process::exit(2);
}
