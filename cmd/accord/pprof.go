package main

import (
	"fmt"
	"net/http"
	"net/http/pprof"
	"os"
)

// servePprof serves the runtime's profiles on ACCORD_PPROF (for example
// localhost:6060), if set, while any command runs: a heap profile taken in
// the middle of a long ingest shows what stays live, which the profile
// written at the end (ACCORD_MEMPROFILE) cannot.
//
//	go tool pprof -sample_index=inuse_space http://localhost:6060/debug/pprof/heap
//
// Its own mux: nothing is added to http.DefaultServeMux.
func servePprof() {
	addr := os.Getenv("ACCORD_PPROF")
	if addr == "" {
		return
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	go func() {
		if err := http.ListenAndServe(addr, mux); err != nil {
			fmt.Fprintln(os.Stderr, "accord: ACCORD_PPROF:", err)
		}
	}()
}
