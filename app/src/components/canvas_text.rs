//! The plotters canvas backend, with text drawn without restating canvas
//! state that has not changed.
//!
//! Why: plotters-canvas sets the baseline, alignment, fill colour and font
//! (each a freshly formatted string handed across to JavaScript) before every
//! label, and a chart has about twenty labels. A CPU profile of 200 rate-slider
//! inputs put `draw_text` at 0.18 ms per chart repaint, more than half of it
//! that state-setting (docs/PERFORMANCE.md, stop 11). Here each is set only
//! when it differs from what this backend last set. Everything else is
//! plotters-canvas's own drawing.

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Inner = <CanvasBackend as DrawingBackend>::ErrorType;

/// A drawing error, as text (plotters-canvas keeps its own error type private).
#[derive(Debug)]
pub struct CanvasTextError(String);

impl std::fmt::Display for CanvasTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasTextError {}

fn cast(e: DrawingErrorKind<Inner>) -> DrawingErrorKind<CanvasTextError> {
    match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(CanvasTextError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// The CSS `font-style` word plotters writes for `s` (`FontStyle::as_str`,
/// with a `'static` lifetime so the cache can keep it).
fn css_style(s: FontStyle) -> &'static str {
    match s {
        FontStyle::Normal => "normal",
        FontStyle::Oblique => "oblique",
        FontStyle::Italic => "italic",
        FontStyle::Bold => "bold",
    }
}

/// The canvas state [`draw_text`](Canvas::draw_text) last set.
#[derive(Default)]
struct TextState {
    baseline: Option<&'static str>,
    align: Option<&'static str>,
    /// `None` also after any fill by the inner backend, which sets the fill colour itself.
    fill: Option<(u8, u8, u8, f64)>,
    font: Option<(&'static str, f64, String)>,
}

/// plotters-canvas's backend with cached text state.
pub struct Canvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    text: TextState,
}

impl Canvas {
    /// A backend drawing on `canvas`; `None` if it has no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let ctx = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        Some(Self {
            inner: CanvasBackend::with_canvas_object(canvas.clone())?,
            ctx,
            text: TextState::default(),
        })
    }
}

impl Canvas {
    /// Copies `src` (same size) onto this canvas at the origin, pixel for
    /// pixel: how a cached chart frame is laid down before the lines.
    pub fn blit(&self, src: &HtmlCanvasElement) -> bool {
        self.ctx
            .draw_image_with_html_canvas_element(src, 0.0, 0.0)
            .is_ok()
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasTextError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.inner.ensure_prepared().map_err(cast)
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.inner.present().map_err(cast)
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.text.fill = None;
        self.inner.draw_pixel(point, color).map_err(cast)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.inner.draw_line(from, to, style).map_err(cast)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.text.fill = None;
        self.inner
            .draw_rect(upper_left, bottom_right, style, fill)
            .map_err(cast)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.inner.draw_path(path, style).map_err(cast)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.text.fill = None;
        self.inner
            .draw_circle(center, radius, style, fill)
            .map_err(cast)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.text.fill = None;
        self.inner.fill_polygon(vert, style).map_err(cast)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        self.text.fill = None;
        self.inner.blit_bitmap(pos, size, src).map_err(cast)
    }

    /// As plotters-canvas draws text (same anchors, colour string, font
    /// string and rotation), setting each piece of state only when it changed.
    /// The state is set before any `save()`, so the `restore()` after rotated
    /// text leaves it as cached.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasTextError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.text.baseline != Some(baseline) {
            self.ctx.set_text_baseline(baseline);
            self.text.baseline = Some(baseline);
        }
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.text.align != Some(align) {
            self.ctx.set_text_align(align);
            self.text.align = Some(align);
        }
        let (r, g, b) = color.rgb;
        let fill = (r, g, b, color.alpha);
        if self.text.fill != Some(fill) {
            self.ctx
                .set_fill_style_str(&format!("rgba({r},{g},{b},{})", color.alpha));
            self.text.fill = Some(fill);
        }
        let (kind, size, family) = (css_style(style.style()), style.size(), style.family());
        let same_font = self
            .text
            .font
            .as_ref()
            .is_some_and(|(k, s, f)| *k == kind && *s == size && f == family.as_str());
        if !same_font {
            self.ctx
                .set_font(&format!("{kind} {size}px {}", family.as_str()));
            self.text.font = Some((kind, size, family.as_str().to_owned()));
        }
        let turn = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        } / 180.0
            * std::f64::consts::PI;
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        let drawn = if turn == 0.0 {
            self.ctx.fill_text(text, x, y)
        } else {
            self.ctx.save();
            let r = self
                .ctx
                .translate(x, y)
                .and_then(|_| self.ctx.rotate(turn))
                .and_then(|_| self.ctx.fill_text(text, 0.0, 0.0));
            self.ctx.restore();
            r
        };
        drawn.map_err(|e| {
            DrawingErrorKind::DrawingError(CanvasTextError(
                e.as_string().unwrap_or_else(|| "fillText failed".into()),
            ))
        })
    }
}
