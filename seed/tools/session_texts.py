"""Hand-written live-tweets, account news and stray tweets.

SESSION_TEXTS: keyed "ngoSlug/sessionSlug"; "posts" are short live messages in the order they
happen ({tag} = the session's hashtag); "reactions" are public replies to the post at that index.
ACCOUNT_POSTS: NGO accounts' own tweets tied to no campaign or session (tag account:{ngo}).
STRAY_TWEETS: public tweets that match nothing seeded (tag hashtag:{first hashtag}).
"""

SESSION_TEXTS = {
    "plan-international/manila-youth-forum": {
        "lang": "en",
        "posts": [
            ("PlanPhilippines", "Doors are open at the Youth Forum in Manila! 150 girls from 6 provinces, one question: what makes school safe? {tag}"),
            ("MiraPlanAsia", "Registration desk is chaos in the best way. So many first-time visitors to Manila. {tag}"),
            ("PlanAsia", "Opening words from Ella, 17: \"We're not here to be thanked for coming. We're here to be heard.\" {tag}"),
            ("PlanPhilippines", "Workshop 1: mapping danger points on the way to school. Most common answer so far: unlit roads. {tag}"),
            ("MiraPlanAsia", "The group from Leyte drew their whole barangay from memory, every broken streetlight in red. {tag}"),
            ("PlanAsia", "Period poverty panel starting now. 3 city councillors, 6 girls asking the questions. {tag}"),
            ("PlanPhilippines", "Q: \"Why are pads taxed but not basketballs?\" The room goes quiet. {tag}"),
            ("PlanAsia", "Councillor commits to free pads in all public high schools in her district next school year. The girls ask for a date. {tag}"),
            ("MiraPlanAsia", "Lunch. The loudest table is debating whether boys should attend the menstrual health session. Verdict: yes. {tag}"),
            ("PlanPhilippines", "Afternoon: the girls present their safe-route proposals to the city transport office. {tag}"),
            ("PlanAsia", "Proposal 1: a \"buddy jeepney\" on school mornings, women drivers, fixed stops. {tag}"),
            ("MiraPlanAsia", "Proposal 2: solar lights on the 2 km stretch the Tacloban group calls \"the dark road\". {tag}"),
            ("PlanPhilippines", "Transport office asks for the maps by email. The girls hand them over on paper, signed. 📜 {tag}"),
            ("PlanAsia", "Open mic. First up: Rose, 15, on why she almost stopped school last year. {tag}"),
            ("MiraPlanAsia", "Not a dry eye in the room. {tag}"),
            ("PlanPhilippines", "Last session: the girls write the commitments they want officials to sign. {tag}"),
            ("PlanAsia", "Six commitments on the wall. Officials reading them one by one. {tag}"),
            ("MiraPlanAsia", "Two signatures already. The girls are counting out loud. {tag}"),
        ],
        "reactions": [
            (0, "Watching from Cebu, so proud of these girls! {tag}"),
            (10, "The buddy jeepney idea is genius. {tag}"),
            (16, "Please share the commitments list after! {tag}"),
            (13, "Rose, you're a star. {tag}"),
        ],
    },
    "plan-international/dakar-girls-summit": {
        "lang": "fr",
        "posts": [
            ("PlanSenegal", "C'est parti pour le Sommet des filles à Dakar ! 200 participantes venues de 9 régions. {tag}"),
            ("AmaraSpeaksUp", "Je prends la parole dans une heure. Mes mains tremblent un peu, ma voix non. {tag}"),
            ("PlanWestAfrica", "Premier atelier : le mariage précoce. Les filles de Kolda témoignent. {tag}"),
            ("PlanSenegal", "« À 14 ans, on m'a dit que l'école c'était fini. J'ai dit non. » Awa, 16 ans. {tag}"),
            ("AmaraSpeaksUp", "Fait ! J'ai parlé devant le ministre. Il a pris des notes. {tag}"),
            ("PlanWestAfrica", "en|Live from Dakar: girls from 9 regions put their demands to decision makers. {tag}"),
            ("PlanSenegal", "Table ronde avec les élus locaux sur le maintien des filles à l'école. {tag}"),
            ("PlanWestAfrica", "Engagement pris : une cellule d'alerte contre le mariage précoce dans chaque commune de Kolda. {tag}"),
            ("AmaraSpeaksUp", "Photo de groupe sous le baobab de l'école. On reviendra l'an prochain vérifier les engagements. {tag}"),
            ("PlanSenegal", "Clôture du sommet. Merci à toutes les participantes ! {tag}"),
        ],
        "reactions": [
            (4, "Bravo Amara ! Fière de toi. {tag}"),
            (6, "Quelle énergie, merci pour le live. {tag}"),
            (5, "en|Following from Accra. Powerful. {tag}"),
        ],
    },
    "croix-rouge-francaise/maraude-paris": {
        "lang": "fr",
        "posts": [
            ("CroixRouge75", "Départ de la maraude, gare du Nord. Ce soir : 4 bénévoles, 60 repas, 30 duvets. {tag}"),
            ("LeaSecouriste", "Premier arrêt. M. Daniel nous attendait, comme chaque mardi. {tag}"),
            ("CRf_Paris18", "Soupe, café, et dix minutes de conversation sur le PSG. {tag}"),
            ("LeaSecouriste", "Une jeune femme arrivée hier, seule. On appelle le 115 ensemble. {tag}"),
            ("CroixRouge75", "Place trouvée pour elle dans un centre d'hébergement. Le taxi solidaire arrive. {tag}"),
            ("CRf_Paris18", "Direction le canal Saint-Martin. Il fait 2 °C. {tag}"),
            ("LeaSecouriste", "Plus de duvets dans le sac. On note les besoins pour demain. {tag}"),
            ("CroixRouge75", "Halte à la station de métro : trois personnes orientées vers l'accueil de jour. {tag}"),
            ("CRf_Paris18", "Pansement refait pour un monsieur qui s'était blessé au pied. Secouristes un jour, secouristes toujours. {tag}"),
            ("LeaSecouriste", "Minuit passé. On rentre au local faire les comptes. {tag}"),
            ("CroixRouge75", "Fin de maraude : 58 repas, 30 duvets, 1 mise à l'abri. Merci à l'équipe du mardi. {tag}"),
        ],
        "reactions": [
            (0, "Merci pour ce que vous faites. {tag}"),
            (10, "Bravo à l'équipe, vous êtes formidables. {tag}"),
            (5, "Bon courage, il fait si froid ce soir. {tag}"),
        ],
    },
    "enfants-du-mekong/mission-battambang": {
        "lang": "fr",
        "posts": [
            ("EdM_Battambang", "Début de la journée de mission : visites de familles dans les villages autour de Battambang. {tag}"),
            ("Bambou_Camille", "Première visite chez Sokha, 11 ans, qui nous montre fièrement son cahier de maths. {tag}"),
            ("EdM_Cambodge", "Sur la route de Phnom Sampov, les rizières à perte de vue. {tag}"),
            ("Bambou_Camille", "Les parents de Dara hésitaient à l'inscrire au collège. Après une heure de discussion, c'est oui. {tag}"),
            ("EdM_Battambang", "Remise des vélos à l'école de Kampong Preah : 25 collégiens repartent en pédalant. {tag}"),
            ("Bambou_Camille", "Pause déjeuner : riz, poisson grillé et beaucoup de questions sur la France. {tag}"),
            ("EdM_Cambodge", "Réunion avec le directeur du collège : le taux d'abandon a baissé de moitié en trois ans. {tag}"),
            ("Bambou_Camille", "Soutien scolaire du soir au foyer. Anglais au programme, et beaucoup de fous rires. {tag}"),
            ("EdM_Battambang", "Fin de la journée de mission. Merci aux parrains qui rendent tout cela possible. {tag}"),
        ],
        "reactions": [
            (8, "Quelle belle journée, merci pour ce partage ! {tag}"),
            (7, "Je reconnais le foyer, mon filleul y était il y a 5 ans ! {tag}"),
        ],
    },
    "human-rights-watch/geneva-hrc-briefing": {
        "lang": "en",
        "posts": [
            ("HRW_Geneva", "At the Palais des Nations for the interactive dialogue on protection of civilians. Following live. {tag}"),
            ("HRW_Geneva", "The Special Rapporteur opens: attacks on hospitals at their highest level in a decade. {tag}"),
            ("hrw", "Our researchers are in Geneva to present the findings of three field investigations. Follow our team. {tag}"),
            ("HRW_Geneva", "Several delegations cite the market strike documented by our researchers. {tag}"),
            ("HRW_Geneva", "A delegation calls for an independent investigation mechanism. Applause from NGO seats. {tag}"),
            ("HRW_Geneva", "Our statement: \"Evidence exists. What is missing is the political will to act on it.\" {tag}"),
            ("hrw", "Accountability for attacks on civilians cannot wait for the next report. {tag}"),
            ("HRW_Geneva", "Side event at 14:00 in room XXIV on verification methods with open-source evidence. {tag}"),
            ("HRW_Geneva", "Full room for the side event. Questions from three delegations on satellite imagery. {tag}"),
            ("HRW_Geneva", "Dialogue closes. Resolution negotiations start next week; we'll keep pushing. {tag}"),
        ],
        "reactions": [
            (0, "Thanks for live-tweeting this, hard to follow otherwise. {tag}"),
            (5, "Strong statement. {tag}"),
        ],
    },
    "fondation-abbe-pierre/nuit-de-la-solidarite": {
        "lang": "fr",
        "posts": [
            ("FAP_IDF", "Rendez-vous à l'Hôtel de Ville pour la Nuit de la Solidarité. Des milliers de bénévoles vont arpenter Paris. {tag}"),
            ("FAP_IDF", "Briefing des équipes : on compte, on écoute, on oriente. {tag}"),
            ("Abbe_Pierre", "Ce soir, nos équipes participent au décompte des personnes sans abri à Paris. Connaître pour agir. {tag}"),
            ("FAP_IDF", "Notre équipe part vers le 13e arrondissement. {tag}"),
            ("FAP_IDF", "Première rencontre : un couple avec un chien sous un porche. Ils dorment dehors depuis trois mois. {tag}"),
            ("FAP_IDF", "Beaucoup de femmes seules ce soir, plus que l'an dernier. {tag}"),
            ("Abbe_Pierre", "Derrière chaque chiffre de cette nuit, il y a une personne. Merci aux bénévoles. {tag}"),
            ("FAP_IDF", "Retour à la mairie à 1 h. Les résultats seront publiés dans quelques semaines. {tag}"),
        ],
        "reactions": [
            (3, "Bénévole dans le 19e ce soir, bon courage à toutes les équipes. {tag}"),
            (6, "Merci pour le live, c'est important que ça se sache. {tag}"),
        ],
    },
    "unicef/nairobi-immunization-day": {
        "lang": "en",
        "posts": [
            ("UNICEF_Kenya", "Immunization day in Kibera has started! Mobile teams set up at 4 sites. {tag}"),
            ("AnaForChildren", "Queue already around the block at the community hall. Mothers, grandmothers, a few proud dads. {tag}"),
            ("UNICEF_Kenya", "Cold chain check: vaccines at 2-8°C, all good. {tag}"),
            ("AnaForChildren", "Baby Imani, 9 months, got her measles shot and didn't even cry. Her big brother did. {tag}"),
            ("UNICEF_Africa", "Community health volunteers went door to door last week so no child is missed today. {tag}"),
            ("UNICEF_Kenya", "First 300 children vaccinated. {tag}"),
            ("AnaForChildren", "Talking to Nurse Achieng, 22 years on the job: \"Every child I vaccinate is one less I might lose.\" {tag}"),
            ("UNICEF_Kenya", "Site 3 is running low on vaccination cards, more on the way. {tag}"),
            ("UNICEF_Africa", "Routine immunization is the best-value investment in child health. Today shows why. {tag}"),
            ("AnaForChildren", "Music started at site 2. Waiting is easier with a dance. {tag}"),
            ("UNICEF_Kenya", "Over 600 children vaccinated so far. {tag}"),
            ("AnaForChildren", "Mama Grace brought all four of her children. \"They are my wealth,\" she says. {tag}"),
        ],
        "reactions": [
            (0, "Go team Kibera! {tag}"),
            (6, "Health workers are the real heroes. {tag}"),
            (9, "Thank you for sharing this, what a day. {tag}"),
        ],
    },
}

# (handle, time relative to the anchor, text)
ACCOUNT_POSTS = {
    "plan-international": [
        ("PlanGlobal", "-33d", "New research: in 7 countries, 1 in 3 girls say they feel unsafe on the way to school. Read the report on our website."),
        ("PlanAsia", "-26d", "Typhoon season update: our teams in the Visayas are ready with hygiene kits and child-friendly spaces."),
        ("PlanWestAfrica", "-6d", "Journée de sensibilisation contre le mariage précoce à Tambacounda, avec les chefs religieux et les mères."),
    ],
    "croix-rouge-francaise": [
        ("CroixRouge", "-20d", "Savez-vous quoi faire face à un arrêt cardiaque ? 1. Appeler le 15. 2. Masser. 3. Défibriller. Formez-vous près de chez vous."),
        ("CroixRouge69", "-4d", "Rendez-vous dans 6 jours : grand exercice de secours à Lyon avec les pompiers et le SAMU. Les voyageurs seront prévenus."),
        ("CRf_Urgences", "-1d", "Vigilance orange crues dans le Sud-Est : nos équipes sont en pré-alerte."),
    ],
    "enfants-du-mekong": [
        ("enfantsdumek", "-40d", "Nos Bambous partent en mission pour un an ou deux. Envie de les rejoindre ? Les candidatures sont ouvertes."),
        ("EdM_Laos", "-17d", "Au Laos, la nouvelle bibliothèque de Luang Prabang accueille ses premiers lecteurs."),
    ],
    "amnesty-international": [
        ("Amnesty", "-11d", "Our annual report on the death penalty is out: executions recorded worldwide reached their highest number in years."),
        ("AmnestyEurope", "-2d", "The right to protest is under pressure across Europe. Here is what we documented in 21 countries."),
    ],
    "human-rights-watch": [
        ("hrw", "-8d", "New report: migrant workers denied wages for months, with no way to leave their jobs."),
        ("HRW_Asia", "-3d", "Journalists detained for their reporting must be released immediately."),
        ("hrw", "-1d", "World Report preview: the state of rights in 100 countries, out next month."),
    ],
    "unicef": [
        ("UNICEF", "-22d", "Every child has the right to learn, play and be safe. Every child."),
        ("UNICEF_Asia", "-7d", "Floods in the Mekong delta: our teams are delivering water purification tablets and school kits."),
    ],
    "fondation-abbe-pierre": [
        ("Abbe_Pierre", "-18d", "Trêve hivernale : aucune expulsion locative ne peut avoir lieu jusqu'au printemps. Connaissez vos droits."),
        ("FAP_Etudes", "-2d", "Notre rapport annuel sur l'état du mal-logement sera présenté dans quelques jours. Rendez-vous à la Mutualité."),
    ],
}

# (public username, time relative to the anchor, text)
STRAY_TWEETS = [
    ("emma_t_writes", "-19d", "Picked my three charities for #GivingTuesday this year. Education, housing, and one wildcard."),
    ("soso_lyon", "-14d", "Première garde de nuit comme #Bénévolat à l'hôpital. Fatiguée mais heureuse."),
    ("kwame_asante", "-10d", "Reading about #HumanRights defenders in West Africa tonight. Brave people."),
    ("jerome_lgd", "-5d", "Qui a des conseils pour choisir une asso à soutenir ? #Générosité"),
    ("mei_lin_sg", "-2d", "Volunteered at the food bank again today. #Volunteering never gets old."),
    ("papy_marcel13", "-20h", "Les dons de sang, c'est aussi un cadeau. #DonDuSang"),
]
