-- wrk script for `make bench-load`: POST /v1/digests, each body made unique (a new digest, no reuse),
-- tokens rotated over many users so no one passes its rate limit. Arguments: TOKENS_FILE BODY_FILE,
-- where the body contains the placeholder UNIQUE once.
local tokens, base, n = {}, nil, 0

init = function(args)
  for line in io.lines(args[1]) do table.insert(tokens, line) end
  local file = io.open(args[2]); base = file:read("*a"); file:close()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

request = function()
  n = n + 1
  local body = string.gsub(base, "UNIQUE", n .. "-" .. math.random(1, 1000000000), 1)
  local headers = {["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1], ["Content-Type"] = "application/json"}
  return wrk.format("POST", "/v1/digests", headers, body)
end
