logs
