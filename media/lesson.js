// Remembers which lesson the panel shows, so VS Code can bring the panel back after a reload.
(function () {
  const vscode = acquireVsCodeApi();
  const stateElement = document.getElementById('lesson-state');
  if (stateElement && stateElement.textContent) {
    vscode.setState(JSON.parse(stateElement.textContent));
  }
})();
