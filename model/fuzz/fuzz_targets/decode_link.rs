//! Any bytes as a share link: decoding never panics, every value lands in
//! range, the estimate stays finite, and re-encoding round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use model::codec::{decode_link, encode_link};
use model::{Estimate, Param};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (link, _) = decode_link(&text);
    for p in Param::ALL {
        let (v, s) = (link.state.scenario.get(*p), p.spec());
        assert!(v.is_finite() && v >= s.min && v <= s.max, "{} = {v}", s.key);
    }
    let e = Estimate::numbers(&link.state.scenario, &link.state.assumptions);
    assert!(e.latency.consistency_lag_p99_ms.is_finite());
    let again = decode_link(&encode_link(&link));
    assert!(again.1.is_empty(), "re-encoded link needed corrections: {:?}", again.1);
    assert_eq!(again.0, link);
});
