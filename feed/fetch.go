// Package feed fetches news by URL: RSS 2.0, Atom and JSON Feed (through
// gofeed), XML sitemaps, and article pages, whose main text package read
// extracts. Its HTTP client is a polite one: robots.txt, a delay between
// requests to one host, conditional requests, retries with backoff, limits on
// size and redirects. It knows nothing of diplomacy: it turns URLs into
// accord.Articles and leaves the rest to the pipeline.
package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/read"
)

// UserAgent names accord to the servers it reads, and is the name robots.txt
// rules address.
const UserAgent = "accord-feeds/1 (+https://github.com/accordhq/accord)"

// robotsAgent is the product token robots.txt groups are matched against.
const robotsAgent = "accord"

// Client fetches URLs politely. The zero value is not usable: use NewClient.
type Client struct {
	HTTP     *http.Client
	Delay    time.Duration // between two requests to one host
	Retries  int           // further attempts after a timeout, a network error, 429 or 5xx
	Backoff  time.Duration // wait before the first retry; doubled at each next
	MaxBytes int64         // a larger response is refused, unread
	// Robots, when false, skips robots.txt (tests of other matters).
	Robots bool

	mu     sync.Mutex
	hosts  map[string]*host
	sleep  func(ctx context.Context, d time.Duration) error
	nowFun func() time.Time
}

// host is what the client keeps about one server: when it may next be
// asked, and its robots.txt rules.
type host struct {
	mu     sync.Mutex // one request at a time per host
	next   time.Time
	robots *robots
}

// NewClient returns a client with a per-request timeout, a politeness delay,
// two retries and a size limit the same as package read's for files.
func NewClient(timeout, delay time.Duration) *Client {
	c := &Client{
		Delay:    delay,
		Retries:  2,
		Backoff:  time.Second,
		MaxBytes: read.MaxFileSize,
		Robots:   true,
		hosts:    map[string]*host{},
	}
	c.HTTP = &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return errTooManyRedirects
			}
			for _, v := range via {
				if v.URL.String() == req.URL.String() {
					return errRedirectLoop
				}
			}
			return nil
		},
	}
	return c
}

const maxRedirects = 10

var (
	errTooManyRedirects = errors.New("more than 10 redirects")
	errRedirectLoop     = errors.New("redirect loop")
)

// Validators are what a server said of a response, for a conditional
// request next time.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched URL.
type Response struct {
	URL         string // after redirects
	Status      int
	NotModified bool // 304: the body is empty, the validators unchanged
	ContentType string
	Body        []byte
	Validators
}

// Get fetches a URL, conditionally when validators are given. A URL that
// robots.txt disallows, a 4xx, a body over MaxBytes, a redirect loop and a
// 5xx or timeout that persists after the retries are errors, each saying
// which. Retries wait Backoff, then twice as long, and so on (or what a
// Retry-After asks, up to a minute).
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, accord.ErrorAt(accord.EINVALID, rawURL, "not an http(s) URL")
	}
	h := c.host(u)
	if c.Robots {
		r, err := c.robotsFor(ctx, u, h)
		if err != nil {
			return nil, err
		}
		if !r.allowed(u.EscapedPath() + query(u)) {
			return nil, accord.ErrorAt(accord.EINVALID, rawURL, "disallowed by robots.txt")
		}
	}
	wait := c.Backoff
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := c.once(ctx, h, u.String(), v)
		if err == nil || attempt >= c.Retries || !retryable(err) {
			return resp, err
		}
		d := wait
		if retryAfter > 0 {
			d = min(retryAfter, time.Minute)
		}
		if err := c.doSleep(ctx, d); err != nil {
			return nil, err
		}
		wait *= 2
	}
}

func query(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

// fetchError is an HTTP failure, with whether trying again may help.
type fetchError struct {
	url   string
	msg   string
	code  string
	retry bool
}

func (e *fetchError) Error() string { return e.url + ": " + e.msg }

// Unwrap gives the accord error, so that ErrorCode finds its code.
func (e *fetchError) Unwrap() error { return accord.ErrorAt(e.code, e.url, "%s", e.msg) }

func retryable(err error) bool {
	var fe *fetchError
	return errors.As(err, &fe) && fe.retry
}

// once makes one request, after the host's politeness delay.
func (c *Client) once(ctx context.Context, h *host, rawURL string, v Validators) (*Response, time.Duration, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if d := h.next.Sub(c.now()); d > 0 {
		if err := c.doSleep(ctx, d); err != nil {
			return nil, 0, err
		}
	}
	defer func() {
		d := c.Delay
		if h.robots != nil && h.robots.delay > d {
			d = min(h.robots.delay, time.Minute) // robots.txt's Crawl-delay, within reason
		}
		h.next = c.now().Add(d)
	}()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, 0, accord.ErrorAt(accord.EINVALID, rawURL, "%v", err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		switch {
		case errors.Is(err, errRedirectLoop):
			return nil, 0, &fetchError{url: rawURL, msg: "redirect loop", code: accord.EINVALID}
		case errors.Is(err, errTooManyRedirects):
			return nil, 0, &fetchError{url: rawURL, msg: "more than 10 redirects", code: accord.EINVALID}
		}
		var ne interface{ Timeout() bool }
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, 0, &fetchError{url: rawURL, msg: "timed out", code: accord.EINTERNAL, retry: true}
		}
		return nil, 0, &fetchError{url: rawURL, msg: "fetch failed: " + unwrapURLError(err), code: accord.EINTERNAL, retry: true}
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.Validators = v
		return out, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented:
		return nil, retryAfter(resp.Header.Get("Retry-After")), &fetchError{url: rawURL, msg: "HTTP " + resp.Status, code: accord.EINTERNAL, retry: true}
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, 0, &fetchError{url: rawURL, msg: "HTTP " + resp.Status, code: accord.ENOTFOUND}
	case resp.StatusCode >= 300:
		return nil, 0, &fetchError{url: rawURL, msg: "HTTP " + resp.Status, code: accord.EINVALID}
	}
	if resp.ContentLength > c.MaxBytes {
		return nil, 0, &fetchError{url: rawURL, msg: fmt.Sprintf("response of %d bytes is over the limit of %d", resp.ContentLength, c.MaxBytes), code: accord.EINVALID}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.MaxBytes+1))
	if err != nil {
		var ne interface{ Timeout() bool }
		retry := errors.As(err, &ne) && ne.Timeout()
		return nil, 0, &fetchError{url: rawURL, msg: "reading the response: " + err.Error(), code: accord.EINTERNAL, retry: retry}
	}
	if int64(len(body)) > c.MaxBytes {
		return nil, 0, &fetchError{url: rawURL, msg: fmt.Sprintf("response over the limit of %d bytes", c.MaxBytes), code: accord.EINVALID}
	}
	out.Body = body
	return out, 0, nil
}

func unwrapURLError(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

func (c *Client) host(u *url.URL) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hosts == nil {
		c.hosts = map[string]*host{}
	}
	key := u.Scheme + "://" + u.Host
	h := c.hosts[key]
	if h == nil {
		h = &host{}
		c.hosts[key] = h
	}
	return h
}

func (c *Client) now() time.Time {
	if c.nowFun != nil {
		return c.nowFun()
	}
	return time.Now()
}

func (c *Client) doSleep(ctx context.Context, d time.Duration) error {
	if c.sleep != nil {
		return c.sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// robotsFor returns the host's robots.txt rules, fetched once a day. A
// robots.txt that does not exist (4xx) allows everything; one the server
// fails to give (5xx, network) disallows everything for now, as RFC 9309
// asks, and is asked for again at the next request.
func (c *Client) robotsFor(ctx context.Context, u *url.URL, h *host) (*robots, error) {
	h.mu.Lock()
	r := h.robots
	h.mu.Unlock()
	if r != nil && c.now().Before(r.expires) {
		return r, nil
	}
	ru := u.Scheme + "://" + u.Host + "/robots.txt"
	resp, _, err := c.once(ctx, h, ru, Validators{})
	switch {
	case err == nil:
		r = parseRobots(resp.Body, robotsAgent)
	case accord.ErrorCode(err) == accord.ENOTFOUND || accord.ErrorCode(err) == accord.EINVALID && !retryable(err):
		r = &robots{}
	default:
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, accord.ErrorAt(accord.EINTERNAL, u.String(), "robots.txt unavailable (%v): not fetching", err)
	}
	r.expires = c.now().Add(24 * time.Hour)
	h.mu.Lock()
	h.robots = r
	h.mu.Unlock()
	return r, nil
}
