//! The README documents every link key: a key added to the table in
//! `params.rs` without a README row fails here.
use model::{Cap, Param};

#[test]
fn readme_lists_every_key() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    for p in Param::ALL {
        let key = format!("| `{}` |", p.spec().key);
        assert!(readme.contains(&key), "README lacks a row for {key}");
    }
    for c in Cap::ALL {
        let key = format!("| `{}` |", c.spec().key);
        assert!(readme.contains(&key), "README lacks a row for {key}");
    }
    for c in model::component::Component::ALL {
        for p in model::profiles::catalog(c) {
            let name = format!("`{}`", p.id);
            assert!(readme.contains(&name), "README lacks profile {name}");
        }
    }
    for t in model::scenario::Tolerate::ALL {
        assert!(
            readme.contains(&format!("`{}`", t.key())),
            "README lacks tolerate={}",
            t.key()
        );
    }
}
