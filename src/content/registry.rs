//! The catalogs the browser has loaded, one slot per locale, each filled once for the life
//! of the page. A filled slot is never emptied or replaced, so every text handed out stays
//! `&'static`, borrowed from the fetched file (which the loader leaks once).

use std::sync::OnceLock;

use super::{Catalog, Locale};

static LOADED: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn slot(locale: Locale) -> &'static OnceLock<Catalog> {
    &LOADED[match locale {
        Locale::ZhCn => 0,
        Locale::ZhHant => 1,
        Locale::En => 2,
    }]
}

pub(super) fn get(locale: Locale) -> Option<&'static Catalog> {
    slot(locale).get()
}

/// Makes `catalog` its locale's texts. A locale already registered keeps what it has (two
/// taps on a language may load its file twice; both copies are the same file).
pub fn register(catalog: Catalog) {
    let _ = slot(catalog.locale).set(catalog);
}

/// Registers every locale from the catalog compiled into this program, for component
/// tests that render the app without fetching anything. The app never calls it, so its
/// WebAssembly carries no compiled-in catalog.
pub fn register_embedded() {
    for &locale in Locale::ALL {
        if super::is_loaded(locale) {
            continue;
        }
        match super::parse_data_file(super::data_file(locale).leak()) {
            Ok(catalog) => register(catalog),
            Err(error) => panic!(
                "the compiled-in catalog of {} does not read back: {error}",
                locale.tag()
            ),
        }
    }
}
