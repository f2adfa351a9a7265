get all
