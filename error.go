package accord

import (
	"errors"
	"fmt"
)

// Error codes. The HTTP layer maps them to statuses; the CLI to exit codes.
const (
	EINVALID  = "invalid"   // bad input: a file, a line, a query, a flag
	ENOTFOUND = "not_found" // no such article, actor, engagement or target
	ECONFLICT = "conflict"
	EINTERNAL = "internal"
	ETIMEOUT  = "timeout" // a query ran past its deadline (SearchTimeout)
	EPERM     = "permission_denied"
)

// Error is accord's error value: a code for programs, a message for people.
// Where names the file[:line] or field at fault, when there is one.
type Error struct {
	Code    string
	Where   string
	Message string
	Err     error // underlying cause, if any
}

func (e *Error) Error() string {
	msg := e.Message
	if msg == "" && e.Err != nil {
		msg = e.Err.Error()
	}
	if e.Where != "" {
		return e.Where + ": " + msg
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with a code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorAt returns an *Error naming where it happened (file, file:line, field).
func ErrorAt(code, where, format string, args ...any) *Error {
	return &Error{Code: code, Where: where, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of an error: its *Error's code, EINTERNAL for
// any other non-nil error, "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of an error (internal errors are
// not detailed to users of the HTTP API).
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "internal error"
}
