//! The model's layers (common → inputs → sizing → report) never reach up:
//! a file may name its own layer and those below it, nothing above. A new
//! `use crate::report` inside `sizing/` fails here, not in review.

use std::fs;
use std::path::Path;

const LAYERS: [&str; 4] = ["common", "inputs", "sizing", "report"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source dir") {
        let p = entry.expect("dir entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_layer_uses_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bad = Vec::new();
    for (i, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "layer {layer} has no files");
        for f in files {
            // Code only: doc comments may point up the stack ("see report::tenx").
            let text: String = fs::read_to_string(&f)
                .expect("readable file")
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for above in &LAYERS[i + 1..] {
                // Also catches the root aliases (`crate::estimate`) of modules above.
                if text.contains(&format!("crate::{above}")) {
                    bad.push(format!("{} uses crate::{above}", f.display()));
                }
            }
            for alias in ["crate::Estimate", "crate::sweep", "crate::SweepPoint"] {
                if i < 2 && text.contains(alias) {
                    bad.push(format!("{} uses {alias}", f.display()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "layer violations:\n{}", bad.join("\n"));
}

#[test]
fn no_file_is_at_the_root_but_lib_and_the_cli() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let loose: Vec<String> = fs::read_dir(&src)
        .expect("src")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs") && n != "lib.rs")
        .collect();
    assert!(loose.is_empty(), "modules outside a layer: {loose:?}");
}
