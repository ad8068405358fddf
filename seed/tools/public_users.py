"""Fictional members of the public who engage with the NGOs' tweets (ids in the 3000000000+ range)."""

# (username, display name, language they usually tweet in)
PUBLIC_USERS = [
    ("camille_rsl", "Camille Roussel", "fr"),
    ("jbmoreau", "Jean-Baptiste Moreau", "fr"),
    ("soso_lyon", "Sophie Garnier", "fr"),
    ("NicoDurand75", "Nicolas Durand", "fr"),
    ("claire_dlm", "Claire de La Motte", "fr"),
    ("hugo_prt", "Hugo Perret", "fr"),
    ("ines_kaci", "Inès Kaci", "fr"),
    ("mathieu_gsn", "Mathieu Gasnier", "fr"),
    ("lulu_fabre", "Lucie Fabre", "fr"),
    ("antoinevdb", "Antoine Vandenberghe", "fr"),
    ("chloe_tssr", "Chloé Tessier", "fr"),
    ("yanis_a93", "Yanis Amrani", "fr"),
    ("elo_simon", "Élodie Simon", "fr"),
    ("plr_rvl", "Pierre-Louis Rivaud", "fr"),
    ("sarahbnl", "Sarah Benali", "fr"),
    ("theo_nvl", "Théo Noval", "fr"),
    ("amandine_jo", "Amandine Joly", "fr"),
    ("MmeLeroy_Prof", "Mme Leroy", "fr"),
    ("fatou_diallo", "Fatou Diallo", "fr"),
    ("jerome_lgd", "Jérôme Legendre", "fr"),
    ("oceane_grd", "Océane Girard", "fr"),
    ("gaelle_tq", "Gaëlle Tanguy", "fr"),
    ("olivier_rbt", "Olivier Robert", "fr"),
    ("aicha_bzz", "Aïcha Bouzid", "fr"),
    ("vinc_etienne", "Vincent Étienne", "fr"),
    ("margaux_lmb", "Margaux Lambert", "fr"),
    ("papy_marcel13", "Marcel Ferrand", "fr"),
    ("julie_en_rando", "Julie Marchal", "fr"),
    ("emma_t_writes", "Emma Thornton", "en"),
    ("jamesokafor", "James Okafor", "en"),
    ("priya_s_ldn", "Priya Shah", "en"),
    ("liamkeane", "Liam Keane", "en"),
    ("olivia_w", "Olivia Walsh", "en"),
    ("noah_bks", "Noah Banks", "en"),
    ("gracehill_", "Grace Hill", "en"),
    ("dan_mensah", "Daniel Mensah", "en"),
    ("aisha_nyc", "Aisha Noor", "en"),
    ("tomreadsalot", "Tom Reid", "en"),
    ("hannah_lu", "Hannah Lu", "en"),
    ("carlos_g_mx", "Carlos Gutiérrez", "en"),
    ("mei_lin_sg", "Mei Lin", "en"),
    ("ben_adeyemi", "Ben Adeyemi", "en"),
    ("sofia_p_teach", "Sofia Papadopoulos", "en"),
    ("kwame_asante", "Kwame Asante", "en"),
    ("rachel_f", "Rachel Fischer", "en"),
    ("ethanchow", "Ethan Chow", "en"),
    ("fiona_mcd", "Fiona McDonald", "en"),
    ("joy_cebu", "Joy Villanueva", "en"),
    ("marco_verdi", "Marco Verdi", "en"),
    ("nadia_h_mtl", "Nadia Haddad", "en"),
    ("wanjiku_k", "Wanjiku Kamau", "en"),
    ("ruth_b_nurse", "Ruth Baptiste", "en"),
    ("oskar_lind", "Oskar Lindqvist", "en"),
    ("amelia_js", "Amelia Jones", "en"),
]

FIRST_PUBLIC_USER_ID = 3000000001


def public_users() -> list[dict]:
    return [
        {"id": str(FIRST_PUBLIC_USER_ID + index), "username": username, "name": name, "lang": lang}
        for index, (username, name, lang) in enumerate(PUBLIC_USERS)
    ]
