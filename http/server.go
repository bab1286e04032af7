// Package http serves accord over HTTP: a JSON API under /api/ and web pages
// (relationship timelines, target histories, search, articles, actors) built
// with html/template and server-rendered SVG, all embedded in the binary.
//
// Callers import it as accordhttp "github.com/accordhq/accord/http".
package http

import (
	"context"
	"crypto/subtle"
	"embed"
	"errors"
	"io/fs"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
)

//go:embed assets templates openapi.json
var files embed.FS

// DefaultMaxBodyBytes bounds an uploaded file when Options.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 32 << 20

// Options configure a Server.
type Options struct {
	// WriteToken enables POST /api/articles for requests bearing it
	// (Authorization: Bearer …). Empty: the server is read-only.
	WriteToken string
	// MaxBodyBytes bounds request bodies (413 beyond); 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Ingest stores one file's articles (read → extract → store → consolidate)
	// and returns a JSON-encodable summary. It is supplied by the caller so that
	// this package does not depend on the pipeline.
	Ingest func(ctx context.Context, up Upload) (any, error)
	// Logger receives internal errors; nil logs with the standard logger.
	Logger *log.Logger
}

// Server serves the API and the pages over one accord.Store.
type Server struct {
	store accord.Store
	opts  Options
	mux   *http.ServeMux
	pages *pages

	routes []route // registered API and page routes, for the OpenAPI test

	mu        sync.Mutex
	stats     accord.Stats      // the store's counts and generation, as last read
	checked   time.Time         // when stats were last read
	countries map[string]string // alpha-2 → name, for stats.Generation
	models    *lru              // partial models, by generation and what they hold

	searches searchCache    // recent search results (searchcache.go)
	resp     *respCache     // GET responses of the generation (respcache.go)
	limiter  *searchLimiter // searches computed at once (limit.go)

	// ingesting admits one upload at a time: ingest is CPU-bound and the
	// store serialises writes anyway, so a second concurrent one gets 429.
	ingesting chan struct{}
}

// Upload is one file posted to /api/articles.
type Upload struct {
	Name string // the file's base name (?name=)
	Data []byte
	// Replace (?replace=1) lets the upload take the place of the latest
	// article stored under its name; without it a reused name is stored as a
	// new article beside the earlier one.
	Replace bool
}

type route struct {
	method, path string // path in ServeMux pattern syntax: /api/actors/{id}
	api          bool
}

// NewServer returns a Server over store.
func NewServer(store accord.Store, opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.Logger == nil {
		opts.Logger = log.Default()
	}
	s := &Server{store: store, opts: opts, mux: http.NewServeMux(), ingesting: make(chan struct{}, 1), models: newLRU(modelCacheSize),
		resp: newRespCache(), limiter: newSearchLimiter()}
	s.pages = mustParsePages()
	s.register()
	return s
}

func (s *Server) register() {
	api := func(method, path string, h http.HandlerFunc) {
		s.routes = append(s.routes, route{method, path, true})
		h = s.cacheRoute(method, path, h)
		s.mux.HandleFunc(method+" "+path, h)
	}
	page := func(path string, h http.HandlerFunc) {
		s.routes = append(s.routes, route{http.MethodGet, path, false})
		h = s.cacheRoute(http.MethodGet, path, h)
		s.mux.HandleFunc("GET "+path, h)
	}
	api("GET", "/api/openapi.json", s.handleOpenAPI)
	api("GET", "/api/articles", s.handleArticles)
	api("GET", "/api/articles/{id}", s.handleArticle)
	if s.opts.WriteToken != "" && s.opts.Ingest != nil {
		api("POST", "/api/articles", s.handlePostArticle)
	}
	api("GET", "/api/search", s.csvOr(csvSearch, s.handleSearch))
	api("GET", "/api/actors", s.csvOr(csvActors, s.handleActors))
	api("GET", "/api/actors/{id}", s.handleActor)
	api("GET", "/api/engagements", s.csvOr(csvEngagements, s.handleEngagements))
	api("GET", "/api/engagements/{id}", s.handleEngagement)
	api("GET", "/api/targets", s.csvOr(csvTargets, s.handleTargets))
	api("GET", "/api/targets/{id}", s.handleTarget)
	api("GET", "/api/dyads", s.csvOr(csvDyads, s.handleDyads))
	api("GET", "/api/dyads/{a}/{b}/timeline", s.csvOr(csvTimeline, s.handleTimeline))
	api("GET", "/api/dyads/{a}/{b}/brief", s.handleBrief)
	api("GET", "/api/export", s.handleExport)
	s.registerCuration(api) // curation.go

	page("/{$}", s.pageHome)
	page("/find", s.pageFind)
	page("/countries/{code}", s.pageCountry)
	page("/api", s.pageAPI)
	page("/dyads/{a}/{b}/brief", s.pageBrief)
	page("/dyads/{a}/{b}", s.pageDyad)
	page("/search", s.pageSearch)
	page("/articles/{id}", s.pageArticle)
	page("/actors/{id}", s.pageActor)
	page("/engagements/{id}", s.pageEngagement)
	page("/targets/{id}", s.pageTarget)
	s.registerSVG(page) // svg.go

	assets, _ := fs.Sub(files, "assets")
	static := http.StripPrefix("/static/", http.FileServerFS(assets))
	s.mux.Handle("GET /static/", s.assetsOnly(assets, cacheFor(static, time.Hour)))
}

// assetsOnly serves files only: a folder is not listed (404), and a path
// that names no valid file (invalid UTF-8, "..", overlong encodings such as
// %c0%ae) is a 400, where the file server would answer 500.
func (s *Server) assetsOnly(assets fs.FS, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if !utf8.ValidString(name) || (name != "" && !fs.ValidPath(name)) || strings.Contains(name, "\\") {
			s.errorPage(w, r, http.StatusBadRequest, "malformed path")
			return
		}
		if fi, err := fs.Stat(assets, name); name == "" || err != nil || fi.IsDir() {
			s.errorPage(w, r, http.StatusNotFound, "no such page: "+r.URL.Path)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// Handler returns the server's handler: the routes with JSON errors for
// unknown API paths and methods, and security headers on every response.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		// Everything is served from here: no CDN, no inline script.
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
		if _, pattern := s.mux.Handler(r); pattern == "" {
			s.notRouted(w, r)
			return
		}
		s.mux.ServeHTTP(w, r)
	})
}

// notRouted answers a request no route matches (404, or 405 with Allow) with
// a JSON error under /api/ and an HTML page elsewhere, instead of the mux's
// plain text.
func (s *Server) notRouted(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{header: http.Header{}}
	h, _ := s.mux.Handler(r)
	h.ServeHTTP(rec, r)
	status := rec.status
	if status == 0 || status == http.StatusOK {
		status = http.StatusNotFound
	}
	if allow := rec.header.Get("Allow"); allow != "" {
		w.Header().Set("Allow", allow)
	}
	msg := "no such page: " + r.URL.Path
	code := "not_found"
	if status == http.StatusMethodNotAllowed {
		msg = "method " + r.Method + " not allowed on " + r.URL.Path
		code = "method_not_allowed"
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSONError(w, status, code, msg)
		return
	}
	s.errorPage(w, r, status, msg)
}

// statusRecorder captures what the mux's 404/405 handlers would write.
type statusRecorder struct {
	header http.Header
	status int
}

func (r *statusRecorder) Header() http.Header         { return r.header }
func (r *statusRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *statusRecorder) WriteHeader(status int)      { r.status = status }

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully, giving requests in flight ten seconds to finish.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	srv := &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // uploads of large files
		WriteTimeout:      2 * time.Minute, // exports of large stores
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// authorize checks the bearer token in constant time, so that the time taken
// does not reveal how much of a guess was right. It writes 401 for a missing
// token and 403 for a wrong one.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) bool {
	auth := r.Header.Get("Authorization")
	token, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || token == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="accord"`)
		writeJSONError(w, http.StatusUnauthorized, "unauthorized", "a write token is required: Authorization: Bearer <token>")
		return false
	}
	if constantTimeCompare([]byte(token), []byte(s.opts.WriteToken)) != 1 {
		writeJSONError(w, http.StatusForbidden, "forbidden", "the write token is not valid")
		return false
	}
	return true
}

// constantTimeCompare is subtle.ConstantTimeCompare, a variable so that a
// test can check that tokens go through it.
var constantTimeCompare = subtle.ConstantTimeCompare

func cacheFor(h http.Handler, d time.Duration) http.Handler {
	v := "public, max-age=" + itoa(int(d/time.Second))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", v)
		h.ServeHTTP(w, r)
	})
}

// generationCheck is how long cached models are used without asking the
// store whether it changed.
const generationCheck = 250 * time.Millisecond

// invalidate makes the next request check the store's generation.
func (s *Server) invalidate() {
	s.mu.Lock()
	s.checked = time.Time{}
	s.mu.Unlock()
}
