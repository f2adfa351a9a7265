exec --bogus x -- ls
