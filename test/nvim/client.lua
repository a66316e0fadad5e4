-- Drives Neovim's own LSP client (0.7+) against casefacts-language-server.
-- Inputs (environment): CASEFACTS_SERVER (path to bin/casefacts-language-server),
-- CASEFACTS_FILE (the brief to open), CASEFACTS_STEPS (comma-separated:
-- diagnostics, hover:LINE:COL, complete:LINE:COL, highlight:LINE:COL, fix:CODE, ownfix:CODE).
-- Output: one JSON object on stdout; exit code 0, or 1 on failure.
local out = {}
local function finish(code)
  io.stdout:write(vim.fn.json_encode(out) .. '\n')
  io.stdout:flush()
  vim.cmd('cquit ' .. code)
end

local ok, err = pcall(function()
  local server = os.getenv('CASEFACTS_SERVER')
  local file = os.getenv('CASEFACTS_FILE')
  local steps = vim.split(os.getenv('CASEFACTS_STEPS') or 'diagnostics', ',')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'casefacts',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    settings = { caseFacts = { validate = { delay = 0 } } },
  })
  if not client_id then
    error('start_client failed')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function diags()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(list, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), line = d.lnum + 1, col = d.col + 1, message = d.message })
    end
    return list
  end
  local function wait_diags(pred)
    return vim.wait(15000, function() return pred(diags()) end, 50)
  end

  -- A request at a 1-based LINE:COL, answered synchronously; returns the server's result.
  local function at_position(method, line, col)
    local res = vim.lsp.buf_request_sync(bufnr, method, {
      textDocument = vim.lsp.util.make_text_document_params(bufnr),
      position = { line = tonumber(line) - 1, character = tonumber(col) - 1 },
    }, 10000)
    return res and res[client_id] and res[client_id].result
  end

  if not wait_diags(function(d) return #d > 0 end) then
    error('no diagnostics within 15 s')
  end
  out.diagnostics = diags()

  -- Asks for the quick fixes of one diagnostic and applies the preferred one (or, unless
  -- `preferred_only`, the first): its title and the diagnostic's line after it go to `out`.
  local function apply_fix(target, code, preferred_only)
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = vim.lsp.util.make_text_document_params(bufnr),
      range = target.range,
      context = { diagnostics = { target }, only = { 'quickfix' } },
    }, 10000)
    local chosen
    for _, action in ipairs(res and res[client_id] and res[client_id].result or {}) do
      if action.edit and (action.isPreferred or (not preferred_only and not chosen)) then
        chosen = action
      end
    end
    if not chosen then
      error('no ' .. (preferred_only and 'preferred ' or '') .. 'quick fix offered for ' .. code)
    end
    out.fix = chosen.title
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    out.line = vim.api.nvim_buf_get_lines(bufnr, target.range.start.line, target.range.start.line + 1, false)[1]
  end

  for _, step in ipairs(steps) do
    local kind, a, b = unpack(vim.split(step, ':'))
    if kind == 'hover' then
      local r = at_position('textDocument/hover', a, b)
      out.hover = r and r.contents and (r.contents.value or r.contents) or vim.NIL
    elseif kind == 'highlight' then
      -- as a user asks (or a CursorHold autocommand): the places of the word under the cursor
      vim.api.nvim_win_set_cursor(0, { tonumber(a), tonumber(b) - 1 })
      vim.lsp.buf.document_highlight()
      local ns = vim.api.nvim_create_namespace('vim_lsp_references')
      vim.wait(10000, function() return #vim.api.nvim_buf_get_extmarks(bufnr, ns, 0, -1, {}) > 0 end, 50)
      out.highlights = {}
      for _, m in ipairs(vim.api.nvim_buf_get_extmarks(bufnr, ns, 0, -1, { details = true })) do
        local text = vim.api.nvim_buf_get_lines(bufnr, m[2], m[2] + 1, false)[1]
        table.insert(out.highlights, string.format('%d:%d %s %s', m[2] + 1, m[3] + 1, m[4].hl_group, text:sub(m[3] + 1, m[4].end_col)))
      end
    elseif kind == 'complete' then
      local r = at_position('textDocument/completion', a, b)
      local items = r and (r.items or r) or {}
      out.completion = {}
      for _, item in ipairs(items) do
        table.insert(out.completion, item.label)
      end
    elseif kind == 'ownfix' then
      -- The diagnostic as Neovim's own code-action path sends it back (vim.lsp.buf.code_action):
      -- rebuilt from the columns it stored, which in 0.7 are byte columns, not UTF-16.
      local target
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        if d.code == a then
          target = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum)[1]
          break
        end
      end
      if not target then
        error('no diagnostic ' .. a .. ' to fix')
      end
      out.sent = target.range
      apply_fix(target, a, true)
    elseif kind == 'fix' then
      -- Neovim 0.7 keeps only some LSP fields in user_data.lsp: rebuild the diagnostic as the server sent it.
      local target
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        local lsp = (d.user_data and d.user_data.lsp) or {}
        if (d.code or lsp.code) == a then
          target = vim.tbl_extend('force', lsp, {
            range = {
              start = { line = d.lnum, character = d.col },
              ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
            },
            message = d.message,
            severity = d.severity,
            code = d.code or lsp.code,
            source = d.source,
          })
          break
        end
      end
      if not target then
        error('no diagnostic ' .. a .. ' to fix')
      end
      apply_fix(target, a, false)
      if not wait_diags(function(d)
        for _, x in ipairs(d) do
          if x.code == a then return false end
        end
        return true
      end) then
        error('the diagnostic ' .. a .. ' did not go away after the fix')
      end
      out.after = diags()
    end
  end
end)
if not ok then
  out.error = tostring(err)
  finish(1)
else
  finish(0)
end
