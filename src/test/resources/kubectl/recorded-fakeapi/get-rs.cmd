get rs
