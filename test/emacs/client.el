;;; client.el --- Eglot (Emacs 28 + elpa-eglot 1.9) against the CaseFacts server, in batch mode  -*- lexical-binding: t -*-
;; Run by test/emacs/eglot.test.ts:
;;   emacs --batch -Q -l client.el  (CASEFACTS_SERVER, CASEFACTS_FILE, CASEFACTS_OUT in the environment)
;; Opens the file with a `casefacts-mode' Eglot manages and waits for Flymake's diagnostics;
;; with CASEFACTS_EDIT="TEXT|INSERT|EXPECT", inserts INSERT after the first TEXT (Eglot sends
;; didChange, the server pushes again) and waits for a diagnostic matching EXPECT; then shuts
;; the server down as Eglot does. Writes what it saw to CASEFACTS_OUT as lines:
;; "diag LINE:COL TYPE TEXT" (lines from 1, columns from 0), "edited" and the diagnostics
;; again, then "exit STATUS" (Eglot deletes the process after `exit`: 9, or 0 if it was quicker).
;; With CASEFACTS_HIGHLIGHT="TEXT", puts point in the first TEXT and asks what Eglot asks on
;; its idle timer (hover for ElDoc, document highlights piggybacked on it), then writes the
;; symbol highlights Eglot made as "highlight LINE:COL-ENDCOL TEXT".
;; -Q skips the site's packages: Debian's elpa-eglot (and the newer project, xref and seq it
;; needs) are activated here, and nothing is read from or written to the user's ~/.emacs.d
(require 'package)
(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa")
      package-user-dir (make-temp-file "casefacts-elpa" t))
(package-initialize)
(require 'eglot)
(require 'flymake)

(define-derived-mode casefacts-mode prog-mode "CaseFacts")
(add-to-list 'auto-mode-alist '("\\.case\\'" . casefacts-mode))
(add-to-list 'eglot-server-programs
             `(casefacts-mode . ("node" ,(getenv "CASEFACTS_SERVER") "--stdio")))
(setq eglot-sync-connect t
      eglot-autoshutdown nil
      flymake-no-changes-timeout 0)

(defvar casefacts-out nil "Lines to write.")

(defun casefacts-log (line) (push line casefacts-out))

(defun casefacts-wait (pred seconds)
  "Run the event loop until PRED is non-nil or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun casefacts-diagnostics ()
  (sort (mapcar (lambda (d)
                  (let ((beg (flymake-diagnostic-beg d)))
                    (format "diag %d:%d %s %s"
                            (line-number-at-pos beg)
                            (save-excursion (goto-char beg) (current-column))
                            (flymake-diagnostic-type d)
                            (car (split-string (flymake-diagnostic-text d) "\n")))))
                (flymake-diagnostics))
        #'string<))

(defun casefacts-finish (status)
  (with-temp-file (getenv "CASEFACTS_OUT")
    (dolist (line (reverse (cons (format "exit %s" status) casefacts-out)))
      (insert line "\n")))
  (kill-emacs 0))

(condition-case err
    (progn
      (find-file (getenv "CASEFACTS_FILE"))
      (apply #'eglot (eglot--guess-contact))
      (let ((server (eglot-current-server)))
        (unless server (error "no server"))
        (flymake-mode 1)
        (flymake-start)
        (unless (casefacts-wait (lambda () (flymake-diagnostics)) 30)
          (error "no diagnostics within 30 s"))
        (mapc #'casefacts-log (casefacts-diagnostics))
        (let ((edit (getenv "CASEFACTS_EDIT")))
          (when (and edit (not (string-empty-p edit)))
            (pcase-let ((`(,text ,insert ,expect) (split-string edit "|")))
              (goto-char (point-min))
              (search-forward text)
              (insert insert)
              (casefacts-log "edited")
              ;; Eglot sends the change from an idle timer, which batch mode never runs
              (eglot--signal-textDocument/didChange)
              (flymake-start)
              (unless (casefacts-wait (lambda () (seq-some (lambda (d) (string-match-p expect (flymake-diagnostic-text d)))
                                                          (flymake-diagnostics)))
                                      30)
                (error "no diagnostic matching %s within 30 s" expect))
              (mapc #'casefacts-log (casefacts-diagnostics)))))
        (let ((text (getenv "CASEFACTS_HIGHLIGHT")))
          (when (and text (not (string-empty-p text)))
            (goto-char (point-min))
            (search-forward text)
            (backward-char 1)
            (eglot-hover-eldoc-function #'ignore)
            (unless (casefacts-wait (lambda () eglot--highlights) 30)
              (error "no highlights within 30 s"))
            (dolist (ov (sort (copy-sequence eglot--highlights) (lambda (a b) (< (overlay-start a) (overlay-start b)))))
              (let ((beg (overlay-start ov)) (end (overlay-end ov)))
                (casefacts-log (format "highlight %d:%d-%d %s"
                                       (line-number-at-pos beg)
                                       (save-excursion (goto-char beg) (current-column))
                                       (save-excursion (goto-char end) (current-column))
                                       (buffer-substring-no-properties beg end)))))))
        (let ((proc (jsonrpc--process server)))
          (eglot-shutdown server)
          (casefacts-wait (lambda () (not (process-live-p proc))) 10)
          (casefacts-finish (if (process-live-p proc) "running" (process-exit-status proc))))))
  (error (casefacts-log (format "error %s" (error-message-string err)))
         (casefacts-finish "error")))
