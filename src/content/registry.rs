//! The catalogs the browser has loaded, one slot per locale, each filled once for the life
//! of the page. A filled slot is never emptied or replaced, so every text handed out stays
//! `&'static`, borrowed from the fetched file (which the loader leaks once).

use std::sync::OnceLock;

use super::{Catalog, Locale};

/// Each language's first data file (what the questionnaire reads).
static FIRST: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
/// Each language's whole catalog: the first file and the second merged (the full build).
static WHOLE: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn index(locale: Locale) -> usize {
    match locale {
        Locale::ZhCn => 0,
        Locale::ZhHant => 1,
        Locale::En => 2,
    }
}

/// The most of `locale`'s texts at hand: the whole catalog, else its first file.
pub(super) fn get(locale: Locale) -> Option<&'static Catalog> {
    WHOLE[index(locale)].get().or_else(|| FIRST[index(locale)].get())
}

pub(super) fn has_whole(locale: Locale) -> bool {
    WHOLE[index(locale)].get().is_some()
}

/// Makes `catalog` (a language's first file) its locale's texts. A locale already registered
/// keeps what it has (two taps on a language may load its file twice; both are the same file).
pub fn register(catalog: Catalog) {
    let _ = FIRST[index(catalog.locale)].set(catalog);
}

/// Adds a language's second file to its first (registered before): from then on the locale
/// has every text and the fact summaries. `false` if the first is not registered yet.
pub fn register_rest(rest: Catalog) -> bool {
    let at = index(rest.locale);
    let Some(first) = FIRST[at].get() else {
        return false;
    };
    let mut entries: Vec<_> = first.entries.iter().chain(&rest.entries).cloned().collect();
    entries.sort_unstable_by(|a, b| a.key.cmp(b.key));
    let mut hong_kong: Vec<_> = first.hong_kong.iter().chain(&rest.hong_kong).copied().collect();
    hong_kong.sort_unstable();
    let mut fact_summaries: Vec<_> = first.fact_summaries.iter().chain(&rest.fact_summaries).copied().collect();
    fact_summaries.sort_unstable();
    let _ = WHOLE[at].set(Catalog { locale: rest.locale, entries, hong_kong, fact_summaries });
    true
}

fn register_whole(catalog: Catalog) {
    let _ = WHOLE[index(catalog.locale)].set(catalog);
}

/// Registers every locale from the catalog compiled into this program, for component
/// tests that render the app without fetching anything. The app never calls it, so its
/// WebAssembly carries no compiled-in catalog.
pub fn register_embedded() {
    for &locale in Locale::ALL {
        if has_whole(locale) {
            continue;
        }
        match super::parse_data_file(super::data_file(locale).leak()) {
            Ok(catalog) => register_whole(catalog),
            Err(error) => panic!(
                "the compiled-in catalog of {} does not read back: {error}",
                locale.tag()
            ),
        }
    }
}
