delete
