# The two set-up commands from the README. Each installs what it needs.
.PHONY: serve test bench
serve:
	./scripts/serve.sh
test:
	./scripts/test.sh
bench:
	./scripts/bench.sh
