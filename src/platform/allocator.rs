//! The browser build's memory allocator: blocks in power-of-two sizes, a free list per size.
//!
//! Why not the standard one: Rust's default allocator for wasm (dlmalloc) is about 12 kB of the
//! first load's code (4 kB brotli), and the widget has a budget for those bytes. Its strengths
//! (merging free neighbours, little waste) matter for long-running programs with varied sizes;
//! the widget is a page that makes small, repeated, short-lived allocations (virtual DOM
//! nodes, strings), where a freed block is soon wanted again at the same size.
//!
//! How: a request of `size` bytes aligned to `align` gets a block of the smallest power of two
//! (at least 8) holding both; blocks are cut from memory taken from the browser a page (64 kB)
//! at a time, each at an address that is a multiple of its own size (or of a page, for larger
//! blocks), so any alignment a block's size class may be asked for is met. A freed block goes on
//! its size's free list (the list's link is kept in the block itself) and is handed out again
//! before new memory is cut. Memory is never given back to the browser, as with dlmalloc.
//!
//! The bookkeeping is plain Rust over addresses, tested natively on a simulated memory
//! (`tests` below); only `WasmPages` touches the real one.

/// The unit in which memory grows (a WebAssembly page).
pub const PAGE: usize = 65536;

/// The smallest block: big enough for a free list's link on any target.
const SMALLEST_CLASS: u32 = 3;

/// One free list per power of two a `usize` can hold.
const CLASSES: usize = usize::BITS as usize;

/// Where new pages come from.
pub trait Pages {
    /// Adds `count` pages and returns the address of the first, or `None` when memory is full.
    fn grow(&mut self, count: usize) -> Option<usize>;
}

/// Free lists and the unused rest of the latest pages.
pub struct SizeClassHeap<P> {
    /// For each size class, the address of the first free block (0: none); each free block's
    /// first word holds the address of the next.
    free: [usize; CLASSES],
    /// The unused memory at the end of the pages taken so far: `next..end`.
    next: usize,
    end: usize,
    pages: P,
}

/// The size class (log2 of the block size) for a request, or `None` if no block could hold it
/// (blocks are aligned to at most a page).
pub fn size_class(size: usize, align: usize) -> Option<u32> {
    if align > PAGE {
        return None;
    }
    let wanted = size.max(align).max(1 << SMALLEST_CLASS);
    if wanted > 1 << (usize::BITS - 1) {
        return None;
    }
    Some(usize::BITS - (wanted - 1).leading_zeros())
}

impl<P: Pages> SizeClassHeap<P> {
    pub const fn new(pages: P) -> Self {
        Self { free: [0; CLASSES], next: 0, end: 0, pages }
    }

    /// # Safety
    /// The heap's free lists must only hold blocks it handed out (see `free`).
    pub unsafe fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        let Some(class) = size_class(size, align) else {
            return core::ptr::null_mut();
        };
        let head = self.free[class as usize];
        if head != 0 {
            // SAFETY: a free block of this class starts with the link written by `free`.
            self.free[class as usize] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        self.cut(1 << class)
    }

    /// # Safety
    /// `address` came from `alloc` (or `realloc`) of this heap with the same `size` and `align`,
    /// and is not used after this.
    pub unsafe fn free(&mut self, address: *mut u8, size: usize, align: usize) {
        let Some(class) = size_class(size, align) else { return };
        // SAFETY: the block is ours and at least a word long (SMALLEST_CLASS), aligned to its
        // size, which is at least a word's alignment.
        unsafe { *(address as *mut usize) = self.free[class as usize] };
        self.free[class as usize] = address as usize;
    }

    /// # Safety
    /// As for `free`; on success the old block is freed and its bytes copied to the new one.
    pub unsafe fn realloc(&mut self, address: *mut u8, size: usize, align: usize, new_size: usize) -> *mut u8 {
        // A block that already holds the new size stays where it is (a growing String or Vec
        // within its power of two).
        if size_class(size, align) == size_class(new_size, align) {
            return address;
        }
        // SAFETY: the caller's promises, passed on.
        unsafe {
            let moved = self.alloc(new_size, align);
            if !moved.is_null() {
                core::ptr::copy_nonoverlapping(address, moved, size.min(new_size));
                self.free(address, size, align);
            }
            moved
        }
    }

    /// A new block of `block` bytes (a power of two) from the unused memory, taking more pages
    /// when it is short.
    fn cut(&mut self, block: usize) -> *mut u8 {
        let align = block.min(PAGE);
        // Checked: near the top of the address space (a 4 GiB wasm32 memory) rounding up or
        // adding the block may pass `usize::MAX`; such a block does not fit.
        let fits = |next: usize, end: usize| {
            let start = next.checked_next_multiple_of(align)?;
            (start.checked_add(block)? <= end).then_some(start)
        };
        let start = match fits(self.next, self.end) {
            Some(start) => start,
            None => {
                let count = block.div_ceil(PAGE);
                let Some(base) = self.pages.grow(count) else {
                    return core::ptr::null_mut();
                };
                if base != self.end {
                    // Someone else grew the memory in between (or this is the first time): the
                    // rest of the old pages stays unused.
                    self.next = base;
                }
                // A memory ending at the end of the address space (4 GiB on wasm32) has an end
                // one past `usize::MAX`: the last byte stays unused rather than the end wrapping
                // to 0 (and no block may end there: its end pointer would wrap too).
                self.end = base.saturating_add(count * PAGE);
                match fits(self.next, self.end) {
                    Some(start) => start,
                    // The old rest plus the new pages could not align the block: use the new
                    // pages alone, which start at a page boundary.
                    None => match fits(base, self.end) {
                        Some(start) => start,
                        None => return core::ptr::null_mut(),
                    },
                }
            }
        };
        self.next = start + block;
        start as *mut u8
    }
}

/// The browser's memory, grown with `memory.grow`.
#[cfg(target_arch = "wasm32")]
pub struct WasmPages;

#[cfg(target_arch = "wasm32")]
impl Pages for WasmPages {
    fn grow(&mut self, count: usize) -> Option<usize> {
        let previous = core::arch::wasm32::memory_grow(0, count);
        (previous != usize::MAX).then(|| previous * PAGE)
    }
}

/// A heap behind the `GlobalAlloc` interface, for a program on one thread. Generic over its
/// pages so that the interface itself (`alloc_zeroed`, `realloc`) is tested natively too.
pub struct OneThreadAllocator<P>(core::cell::UnsafeCell<SizeClassHeap<P>>);

impl<P: Pages> OneThreadAllocator<P> {
    pub const fn with_pages(pages: P) -> Self {
        Self(core::cell::UnsafeCell::new(SizeClassHeap::new(pages)))
    }
}

/// The global allocator of the browser build.
#[cfg(target_arch = "wasm32")]
pub type BrowserAllocator = OneThreadAllocator<WasmPages>;

// SAFETY: the browser build runs on one thread (no wasm threads), so the heap is never used
// from two places at once.
#[cfg(target_arch = "wasm32")]
unsafe impl Sync for BrowserAllocator {}

#[cfg(target_arch = "wasm32")]
impl BrowserAllocator {
    pub const fn new() -> Self {
        Self::with_pages(WasmPages)
    }
}

#[cfg(target_arch = "wasm32")]
impl Default for BrowserAllocator {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: blocks never overlap (each is cut once from unused memory or reused after its
// free), are aligned to their size class, which holds the layout's size and alignment.
// `alloc_zeroed` is the trait's own (alloc, then zero): a reused block holds its old bytes, so
// "fresh pages are zero" must not be used to skip the zeroing.
unsafe impl<P: Pages> core::alloc::GlobalAlloc for OneThreadAllocator<P> {
    unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
        unsafe { (*self.0.get()).alloc(layout.size(), layout.align()) }
    }

    unsafe fn dealloc(&self, address: *mut u8, layout: core::alloc::Layout) {
        unsafe { (*self.0.get()).free(address, layout.size(), layout.align()) }
    }

    unsafe fn realloc(&self, address: *mut u8, layout: core::alloc::Layout, new_size: usize) -> *mut u8 {
        unsafe { (*self.0.get()).realloc(address, layout.size(), layout.align(), new_size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A simulated memory: pages from a buffer aligned to a page, optionally with a gap before
    /// each growth, as when something else grows the memory too.
    struct Simulated {
        buffer: Vec<u8>,
        base: usize,
        used_pages: usize,
        gap_pages: usize,
        limit_pages: usize,
    }

    impl Simulated {
        fn new(limit_pages: usize, gap_pages: usize) -> Self {
            let mut buffer = vec![0u8; (limit_pages + 1) * PAGE];
            // A pointer for writing (`as_ptr`'s may only be read through), its address exposed.
            let base = (buffer.as_mut_ptr() as usize).div_ceil(PAGE) * PAGE;
            Self { buffer, base, used_pages: 0, gap_pages, limit_pages }
        }
    }

    impl Pages for Simulated {
        fn grow(&mut self, count: usize) -> Option<usize> {
            let first = self.used_pages + self.gap_pages;
            if first + count > self.limit_pages {
                return None;
            }
            self.used_pages = first + count;
            let _ = &self.buffer;
            Some(self.base + first * PAGE)
        }
    }

    #[test]
    fn size_classes_hold_size_and_alignment() {
        assert_eq!(size_class(1, 1), Some(3));
        assert_eq!(size_class(8, 8), Some(3));
        assert_eq!(size_class(9, 1), Some(4));
        assert_eq!(size_class(4, 32), Some(5));
        assert_eq!(size_class(PAGE, 1), Some(16));
        assert_eq!(size_class(PAGE + 1, 1), Some(17));
        assert_eq!(size_class(usize::MAX, 1), None);
        assert_eq!(size_class((1 << (usize::BITS - 1)) + 1, 1), None);
        assert_eq!(size_class(8, 2 * PAGE), None);
    }

    /// Random allocations, reallocations and frees: every live block is aligned, inside the
    /// simulated memory, apart from every other, and keeps the bytes written to it.
    fn exercise(seed: u64, gap_pages: usize) {
        let mut heap = SizeClassHeap::new(Simulated::new(256, gap_pages));
        let mut live: Vec<(usize, usize, usize, u8)> = Vec::new(); // address, size, align, fill
        let mut state = seed;
        let mut random = move |below: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as usize % below
        };
        for round in 0..4000 {
            let choice = random(10);
            if choice < 5 || live.is_empty() {
                let size = match random(4) {
                    0 => 1 + random(16),
                    1 => 1 + random(300),
                    2 => 1 + random(5000),
                    _ => 1 + random(3 * PAGE),
                };
                let align = 1 << random(7);
                let address = unsafe { heap.alloc(size, align) };
                if address.is_null() {
                    continue; // the simulated memory is full: fine, as long as nothing breaks
                }
                let fill = round as u8;
                unsafe { core::ptr::write_bytes(address, fill, size) };
                live.push((address as usize, size, align, fill));
            } else if choice < 7 {
                let index = random(live.len());
                let (address, size, align, fill) = live[index];
                let new_size = 1 + random(2 * size + 16);
                let moved = unsafe { heap.realloc(address as *mut u8, size, align, new_size) };
                if moved.is_null() {
                    continue;
                }
                let kept = size.min(new_size);
                let bytes = unsafe { core::slice::from_raw_parts(moved, kept) };
                assert!(bytes.iter().all(|&b| b == fill), "realloc lost bytes");
                unsafe { core::ptr::write_bytes(moved, fill, new_size) };
                live[index] = (moved as usize, new_size, align, fill);
            } else {
                let (address, size, align, fill) = live.swap_remove(random(live.len()));
                let bytes = unsafe { core::slice::from_raw_parts(address as *const u8, size) };
                assert!(bytes.iter().all(|&b| b == fill), "a block was overwritten");
                unsafe { heap.free(address as *mut u8, size, align) };
            }
            if round % 97 == 0 {
                check(&heap, &live);
            }
        }
        check(&heap, &live);
    }

    fn check(heap: &SizeClassHeap<Simulated>, live: &[(usize, usize, usize, u8)]) {
        let memory = &heap.pages;
        let (low, high) = (memory.base, memory.base + memory.used_pages * PAGE);
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for &(address, size, align, fill) in live {
            assert_eq!(address % align, 0, "misaligned block");
            assert!(address >= low && address + size <= high, "block outside the memory");
            let bytes = unsafe { core::slice::from_raw_parts(address as *const u8, size) };
            assert!(bytes.iter().all(|&b| b == fill), "a block was overwritten");
            spans.push((address, address + size));
        }
        spans.sort();
        for pair in spans.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "blocks overlap");
        }
    }

    #[test]
    fn random_use_keeps_blocks_apart_aligned_and_intact() {
        for seed in 0..6 {
            exercise(seed, 0);
        }
    }

    #[test]
    fn memory_grown_by_someone_else_in_between_is_left_alone() {
        for seed in 0..3 {
            exercise(seed, 1);
        }
    }

    #[test]
    fn a_freed_block_is_reused_at_its_size() {
        let mut heap = SizeClassHeap::new(Simulated::new(4, 0));
        unsafe {
            let first = heap.alloc(24, 8);
            heap.free(first, 24, 8);
            assert_eq!(heap.alloc(30, 4), first, "same class (32 bytes): the freed block");
            let grown = heap.realloc(first, 30, 4, 32);
            assert_eq!(grown, first, "still within its class: not moved");
        }
    }

    #[test]
    fn a_refused_realloc_leaves_the_old_block_allocated_and_intact() {
        let mut heap = SizeClassHeap::new(Simulated::new(1, 0));
        unsafe {
            let old = heap.alloc(100, 8);
            core::ptr::write_bytes(old, 7, 100);
            assert!(heap.realloc(old, 100, 8, 2 * PAGE).is_null(), "the memory has no room for it");
            let bytes = core::slice::from_raw_parts(old, 100);
            assert!(bytes.iter().all(|&b| b == 7), "the old bytes are kept");
            // Still allocated: a new block of its class is another one.
            let other = heap.alloc(100, 8);
            assert!(!other.is_null());
            assert_ne!(other, old, "the old block was handed out again while still in use");
        }
    }

    #[test]
    fn shrinking_and_growing_across_classes_keeps_the_bytes_that_fit() {
        let mut heap = SizeClassHeap::new(Simulated::new(8, 0));
        unsafe {
            let block = heap.alloc(3 * PAGE, 16);
            for offset in 0..3 * PAGE {
                *block.add(offset) = (offset % 251) as u8;
            }
            let shrunk = heap.realloc(block, 3 * PAGE, 16, 40);
            assert_ne!(shrunk, block, "another class: moved");
            assert_eq!(shrunk as usize % 16, 0);
            let grown = heap.realloc(shrunk, 40, 16, PAGE + 1);
            assert_eq!(grown as usize % 16, 0);
            for offset in 0..40 {
                assert_eq!(*grown.add(offset), (offset % 251) as u8, "byte {offset}");
            }
        }
    }

    #[test]
    fn every_alignment_up_to_a_page_is_met_even_when_larger_than_the_size() {
        let mut heap = SizeClassHeap::new(Simulated::new(256, 0));
        unsafe {
            for shift in 0..=16 {
                let align = 1usize << shift;
                for size in [1, align / 2 + 1, align, 3 * align, 2 * PAGE + 1] {
                    let address = heap.alloc(size, align);
                    assert!(!address.is_null(), "size {size}, align {align}");
                    assert_eq!(address as usize % align, 0, "size {size}, align {align}");
                }
            }
            // Beyond a page no block is aligned: a null, which GlobalAlloc allows for any layout.
            assert!(heap.alloc(1, 2 * PAGE).is_null());
        }
    }

    /// Through the `GlobalAlloc` interface: a zeroed block is zero even when it is a reused
    /// one (only fresh pages are zero by themselves).
    #[test]
    fn alloc_zeroed_zeroes_a_reused_block() {
        use core::alloc::{GlobalAlloc, Layout};
        let allocator = OneThreadAllocator::with_pages(Simulated::new(2, 0));
        let layout = Layout::from_size_align(48, 8).unwrap();
        unsafe {
            let dirty = allocator.alloc(layout);
            core::ptr::write_bytes(dirty, 0xAB, layout.size());
            allocator.dealloc(dirty, layout);
            let zeroed = allocator.alloc_zeroed(layout);
            assert_eq!(zeroed, dirty, "the freed block is the one reused");
            let bytes = core::slice::from_raw_parts(zeroed, layout.size());
            assert!(bytes.iter().all(|&b| b == 0), "alloc_zeroed gave old bytes");
        }
    }

    /// Pages at the very top of the address space (as a 4 GiB wasm32 memory's last page is:
    /// its end, 2^32, does not fit a `usize` there). Nothing is written to them: blocks are
    /// only cut, never freed, so the heap never touches their bytes.
    struct TopOfAddressSpace {
        given: bool,
    }

    impl Pages for TopOfAddressSpace {
        fn grow(&mut self, count: usize) -> Option<usize> {
            if self.given || count != 1 {
                return None;
            }
            self.given = true;
            Some(usize::MAX - PAGE + 1)
        }
    }

    #[test]
    fn the_last_page_of_the_address_space_gives_blocks_and_then_null_without_overflow() {
        let mut heap = SizeClassHeap::new(TopOfAddressSpace { given: false });
        let base = usize::MAX - PAGE + 1;
        unsafe {
            // Halves, quarters, ... down to the smallest class fill the page but its last 8 bytes.
            let mut expected = base;
            for shift in 1..=13 {
                let block = PAGE >> shift;
                assert_eq!(heap.alloc(block, 1) as usize, expected, "a block of {block} bytes");
                expected += block;
            }
            // A block ending at the end of the address space would have its end wrap to 0.
            assert!(heap.alloc(8, 1).is_null(), "no block may end past the last address");
            // Rounding the rest up to a page boundary must not overflow either.
            assert!(heap.alloc(1, PAGE).is_null());
            assert!(heap.alloc(PAGE, 1).is_null());
        }
    }

    #[test]
    fn a_full_memory_gives_null_not_a_panic() {
        let mut heap = SizeClassHeap::new(Simulated::new(2, 0));
        unsafe {
            assert!(!heap.alloc(PAGE, 1).is_null());
            assert!(!heap.alloc(PAGE, 1).is_null());
            assert!(heap.alloc(PAGE, 1).is_null());
            assert!(heap.alloc(usize::MAX, 1).is_null());
        }
    }
}
