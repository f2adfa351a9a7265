get pods --no-headers
