-- threadring: 503 coroutines in a ring pass a token decremented at every hop; the one that
-- receives 0 reports its id (same computation as threadring.go). The main loop is the
-- scheduler: it resumes coroutine i with the token and hands what it yields to coroutine i+1.
local RING_SIZE = 503
local n = math.tointeger(tonumber(arg and arg[1]) or 1000000)

local threads = {}
for id = 1, RING_SIZE do
  threads[id] = coroutine.wrap(function(t)
    while true do
      if t == 0 then return id end
      t = coroutine.yield(t - 1)
    end
  end)
end

local token, id = n, 1
while true do
  local r = threads[id](token)
  if token == 0 then
    io.write(string.format("%d\n", r))
    break
  end
  token = r
  id = id % RING_SIZE + 1
end
