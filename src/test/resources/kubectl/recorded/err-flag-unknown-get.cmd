get pods --bogus
