get endpoints
