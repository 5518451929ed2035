"""The pages shown in the main window's stack, one module per page kind."""
