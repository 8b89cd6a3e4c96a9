-- Neovim's own LSP client against `hoist server`: open a handler, wait for
-- the diagnostic, apply the preferred code action, wait for the diagnostics
-- to clear, write the buffer's text to $HOIST_NVIM_OUT. Any failure exits
-- non-zero with a message on stderr.
local function fail(message)
  io.stderr:write('nvim test: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local ok, error = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('HOIST_NVIM_FILE')))
  local buffer = vim.api.nvim_get_current_buf()
  -- vim.lsp.start_client and buf_attach_client are Neovim 0.7's (Debian 12's);
  -- vim.lsp.start wraps them from 0.8 on.
  local client_id = vim.lsp.start_client({
    name = 'hoist',
    cmd = { os.getenv('HOIST'), 'server' },
    root_dir = os.getenv('HOIST_NVIM_ROOT'),
  })
  if not client_id then
    return fail('the server did not start')
  end
  vim.lsp.buf_attach_client(buffer, client_id)

  if not vim.wait(30000, function()
    return #vim.diagnostic.get(buffer) > 0
  end, 50) then
    return fail('no diagnostic arrived')
  end
  local diagnostic = vim.diagnostic.get(buffer)[1]
  if diagnostic.code ~= 'client-in-handler' then
    return fail('unexpected diagnostic: ' .. vim.inspect(diagnostic))
  end

  local client = vim.lsp.get_client_by_id(client_id)
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer) }
  local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction',
                                             params, 30000)
  local chosen
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred then
        chosen = action
      end
    end
  end
  if not chosen then
    return fail('no preferred code action: ' .. vim.inspect(responses))
  end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)

  if not vim.wait(30000, function()
    return #vim.diagnostic.get(buffer) == 0
  end, 50) then
    return fail('the diagnostic stayed after the fix: ' ..
                vim.inspect(vim.diagnostic.get(buffer)))
  end
  local lines = vim.api.nvim_buf_get_lines(buffer, 0, -1, false)
  local out = assert(io.open(os.getenv('HOIST_NVIM_OUT'), 'w'))
  out:write(table.concat(lines, '\n') .. '\n')
  out:close()
  print('applied: ' .. chosen.title)
end)
if not ok then
  fail(tostring(error))
end
vim.cmd('qall!')
