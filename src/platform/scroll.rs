//! Scrolling within the page's own scrolling rows.

/// Scrolls `row` sideways, and nothing else (not the page, unlike `scrollIntoView`), so that its first
/// descendant matching `selector` is wholly in view, with `margin` pixels to spare where the row allows.
/// For a row of links wider than a phone: the link of the page being shown should be visible. Does
/// nothing when no descendant matches or it is already in view.
pub fn reveal_sideways(row: &web_sys::Element, selector: &str, margin: f64) {
    let Ok(Some(child)) = row.query_selector(selector) else {
        return;
    };
    let (outer, inner) = (
        row.get_bounding_client_rect(),
        child.get_bounding_client_rect(),
    );
    let by = if inner.right() > outer.right() {
        inner.right() - outer.right() + margin
    } else if inner.left() < outer.left() {
        inner.left() - outer.left() - margin
    } else {
        0.0
    };
    if by != 0.0 {
        row.set_scroll_left(row.scroll_left() + by.round() as i32);
    }
}
