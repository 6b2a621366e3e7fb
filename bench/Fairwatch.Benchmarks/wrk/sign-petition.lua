-- wrk script: POSTs the real signature form of a petition, as a browser does after showing it.
--
-- The form's antiforgery token, its cookie and its signed time stamp come from one GET of the
-- page (see sign-petition.sh), in FW_TOKEN, FW_COOKIE and FW_STAMP; the stamp must be older than
-- the form's minimum time-to-submit, so the script that fetches the page waits before starting
-- wrk. Antiforgery tokens are not single-use, so every request reuses them. Each request signs
-- with a new e-mail address (run, thread and a per-thread counter), so every one is a new signature.
-- A stored signature answers 302 (to the thank-you page), a refused one 200 (the form again), which
-- wrk counts as a success: sign-petition.sh compares the site's own count before and after instead.

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local token = assert(os.getenv("FW_TOKEN"), "set FW_TOKEN")
local cookie = assert(os.getenv("FW_COOKIE"), "set FW_COOKIE")
local stamp = assert(os.getenv("FW_STAMP"), "set FW_STAMP")
local run = os.getenv("FW_RUN") or tostring(os.time())

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local prefix, suffix, headers
local counter = 0

function init(args)
  prefix = "__RequestVerificationToken=" .. urlencode(token)
    .. "&Signature.FirstName=Bench&Signature.LastName=Signer&Signature.Email=bench-" .. run .. "-" .. thread_number .. "-"
  suffix = "%40example.org&Signature.Zip=94110&Signature.Comment=&Signature.ShowName=true&Signature.WantsUpdates=false"
    .. "&Signature.Website=&Signature.Stamp=" .. urlencode(stamp)
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, headers, prefix .. counter .. suffix)
end

function done(summary, latency, requests)
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
